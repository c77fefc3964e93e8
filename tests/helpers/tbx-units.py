"""Reads a TBX file with translate-toolkit (as CAT tools built on it do) and prints its concept entries
as JSON: the id and, per language, its terms. Run with Debian's /usr/bin/python3."""
import json
import sys

from translate.storage import tbx

store = tbx.tbxfile.parsefile(sys.argv[1])
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
entries = []
for unit in store.units:
    element = unit.xmlelement
    langs = {}
    for lang_set in element.iter("langSet"):
        langs[lang_set.get(XML_LANG)] = [term.text for term in lang_set.iter("term")]
    entries.append({"id": element.get("id"), "source": unit.source, "langs": langs})
json.dump(entries, sys.stdout, ensure_ascii=False)
