/** The one function of fontverter Bayan uses (the package ships no types). */
declare module 'fontverter' {
  const fontverter: { convert(font: Buffer, to: 'truetype' | 'woff' | 'woff2' | 'sfnt'): Promise<Buffer> };
  export default fontverter;
}
