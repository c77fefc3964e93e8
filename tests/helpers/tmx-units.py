"""Reads a TMX file with translate-toolkit (the library behind Pootle and Virtaal's
TMX support) and prints its units as JSON: id, source, target, the languages of its
<tuv>s and its <prop>s.
Run with Debian's /usr/bin/python3, which has the `translate` module."""
import json
import sys

from translate.storage import tmx

store = tmx.tmxfile.parsefile(sys.argv[1])
units = []
for unit in store.units:
    props = {prop.get("type"): prop.text for prop in unit.xmlelement.iter("prop")}
    langs = [tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in unit.xmlelement.iter("tuv")]
    units.append({"id": unit.getid(), "source": unit.source, "target": unit.target, "langs": langs, "props": props})
json.dump(units, sys.stdout, ensure_ascii=False)
