"""Types entries into .xlsx workbooks through headless LibreOffice Calc, as a person would.

Usage: python3 typeIntoWorkbook.py JOB.json
JOB = {"profile": DIR, "files": [{"in": PATH, "out": PATH, "sheet": NAME, "cells": {"F12": "95%", ...},
        "unprotect": false, "invalidCells": PATH (optional)}]}
With "unprotect": true the sheet's protection (no password) is taken off first, so locked cells can be typed over.
Each text goes through cell.FormulaLocal under a vi-VN profile, so Calc parses "95%", "8,5" and "15.000.000"
the way typing them would. Optional per file, done after typing and in this order, as a person would (the sheet
and the workbook unprotected first, no password): "insertRow" / "deleteRow" (1-based row number), "renameTo"
(a new sheet name), and "saveAs" ("xlsx" by default, "ods", "xls", "csv", "pdf"). Stays headless and API-only (a
visible document crashes this build) and ends the soffice it started by its PID. With "invalidCells", the cells
whose value the sheet's data validation refuses (Calc's own check, as Detective > Mark Invalid Data shows them) are
written there as a JSON list of A1 references.
"""

import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue

VI_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>vi-VN</value></prop></item>
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale" oor:op="fuse"><value>vi-VN</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


FILTERS = {
    "xlsx": "Calc MS Excel 2007 XML",
    "ods": "calc8",
    "xls": "MS Excel 97",
    "csv": "Text - txt - csv (StarCalc)",
    "pdf": "calc_pdf_Export",
}


def edit(doc, sheet, item):
    """The optional edits of one job: a row inserted or deleted, the sheet renamed."""
    if "insertRow" in item or "deleteRow" in item:
        if sheet.isProtected():
            sheet.unprotect("")
        if "insertRow" in item:
            sheet.Rows.insertByIndex(item["insertRow"] - 1, 1)
        if "deleteRow" in item:
            sheet.Rows.removeByIndex(item["deleteRow"] - 1, 1)
    if "renameTo" in item:
        if doc.isProtected():
            doc.unprotect("")
        sheet.Name = item["renameTo"]


class RestartRequested(Exception):
    pass


def connect(pipe, proc):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(200):
        if proc.poll() == 81:
            raise RestartRequested()
        if proc.poll() is not None:
            raise RuntimeError("soffice exited with %s" % proc.returncode)
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except Exception:
            time.sleep(0.1)
    raise RuntimeError("could not connect to soffice")


def write_invalid_cells(sheet, path):
    """Calc's own data validation verdict: Detective > Mark Invalid Data circles every cell whose value its
    validation refuses; the circles' anchors are those cells. Written as A1 references, then the circles removed."""
    sheet.showInvalid()
    refs = []
    page = sheet.DrawPage
    for i in range(page.Count):
        anchor = page.getByIndex(i).Anchor
        if hasattr(anchor, "CellAddress"):
            address = anchor.CellAddress
            refs.append(column_letters(address.Column) + str(address.Row + 1))
    sheet.clearArrows()
    with open(path, "w", encoding="utf-8") as f:
        json.dump(sorted(refs), f)


def column_letters(index):
    letters = ""
    index += 1
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def main():
    job = json.load(open(sys.argv[1], encoding="utf-8"))
    profile = job["profile"]
    os.makedirs(os.path.join(profile, "user"), exist_ok=True)
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w", encoding="utf-8") as f:
        f.write(VI_PROFILE)
    pipe = "thidua_typing_%d" % os.getpid()
    # soffice.bin itself, not the launcher script, so that the PID ended below is the office process.
    program = os.path.dirname(os.path.realpath(job.get("soffice", "/usr/bin/soffice")))
    args = [
        os.path.join(program, "soffice.bin"),
        "--headless",
        "--invisible",
        "--norestore",
        "--nologo",
        "-env:UserInstallation=file://" + profile,
        "--accept=pipe,name=%s;urp;" % pipe,
    ]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    desktop = None
    try:
        try:
            ctx = connect(pipe, proc)
        except RestartRequested:
            # A fresh profile makes soffice.bin exit 81 once after initialising it (the launcher would restart it).
            proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            ctx = connect(pipe, proc)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        for item in job["files"]:
            url = uno.systemPathToFileUrl(os.path.abspath(item["in"]))
            doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
            try:
                sheet = doc.Sheets.getByName(item["sheet"])
                if item.get("unprotect"):
                    # What a person does to type over a locked cell: Tools > Protect Sheet, off (no password).
                    sheet.unprotect("")
                for ref, text in item["cells"].items():
                    sheet.getCellRangeByName(ref).FormulaLocal = text
                edit(doc, sheet, item)
                doc.calculateAll()
                if item.get("invalidCells"):
                    write_invalid_cells(sheet, item["invalidCells"])
                out = uno.systemPathToFileUrl(os.path.abspath(item["out"]))
                doc.storeToURL(out, (prop("FilterName", FILTERS[item.get("saveAs", "xlsx")]),))
            finally:
                doc.close(True)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


if __name__ == "__main__":
    main()
