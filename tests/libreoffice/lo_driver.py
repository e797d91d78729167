"""Drives LibreOffice Calc through UNO for the tests: one soffice session per job file.

Usage: /usr/bin/python3 lo_driver.py JOB.json

JOB.json: {"profile": "file:///tmp/lo-profile-x", "output": "/tmp/results.json", "jobs": [...]}, each job one of
  {"id": ..., "op": "fill", "input": PATH, "output": PATH, "sheet": NAME, "cells": {"E6": "text", ...},
   "unhide": [[first, last], ...], "hide": [[first, last], ...], "others": {"SHEET": {"A16": "text"}},
   "unprotect": true (optional: the sheet's protection is lifted first and left off, as a user who unprotects)}
      opens the file, shows each hidden block of rows (0-based, inclusive) with the menu command as a user does
      (selecting the rows around it), types the texts into the cells of the sheet and of the other sheets (as
      strings, like a user typing into text cells), hides the blocks listed under "hide" again, and saves it as
      .xlsx ("Calc MS Excel 2007 XML"). Returns how each show/hide went (see rows_command).
  {"id": ..., "op": "evaluate", "input": PATH, "sheet": NAME, "blocks": [{"range": "AA6:AH63", "formulas": [[...]]}],
   "numbers": [{"range": "AA1:AA2", "formulas": [[...]]}]}
      opens the file, unprotects the sheet in memory, puts the formulas into the blocks, recalculates
      and returns each block's values: true/false, or null for anything else (errors, text); with
      "numbers", {"blocks": [...], "numbers": [[values]]} (numbers as numbers, anything else null). Not saved.
Results: {"<id>": ...} written to "output".
"""
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.lang import DisposedException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(profile, attempt=0):
    pipe = "fujian1_lo_%d_%d" % (os.getpid(), attempt)
    proc = subprocess.Popen(
        [os.environ.get("SOFFICE", "soffice"), "-env:UserInstallation=" + profile, "--headless", "--invisible", "--nologo", "--norestore",
         "--nodefault", "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 120
    while True:
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            if time.time() > deadline or proc.poll() is not None:
                proc.kill()
                raise RuntimeError("soffice did not start")
            time.sleep(0.2)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    return proc, desktop


def close(doc, saved):
    """Closes a document. Under heavy load soffice has been seen to go away while closing a document it had just
    saved (DisposedException from the bridge: two runs in a row of seven of the relay's round, under a load average
    of 23): the saved file is complete then (storeToURL had returned), and the test checks it, so that is not
    an error; before the save it still is."""
    try:
        doc.close(True)
    except DisposedException:
        if not saved:
            raise


def load(desktop, path):
    url = uno.systemPathToFileUrl(os.path.abspath(path))
    doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
    if doc is None:
        raise RuntimeError("could not open " + path)
    return doc


def fill(desktop, job):
    doc = load(desktop, job["input"])
    saved = False
    try:
        sheet = doc.Sheets.getByName(job["sheet"])
        if job.get("unprotect"):
            # As a WPS or LibreOffice user who lifts the protection (no password) to write where it is locked.
            sheet.unprotect("")
        unhidden = [rows_command(doc, sheet, first - 1, last + 1, ".uno:ShowRow", True) for first, last in job.get("unhide", [])]
        for address, text in job["cells"].items():
            sheet.getCellRangeByName(address).setString(text)
        for name, cells in job.get("others", {}).items():
            other = doc.Sheets.getByName(name)
            for address, text in cells.items():
                other.getCellRangeByName(address).setString(text)
        hidden = [rows_command(doc, sheet, first, last, ".uno:HideRow", False) for first, last in job.get("hide", [])]
        url = uno.systemPathToFileUrl(os.path.abspath(job["output"]))
        doc.storeToURL(url, (prop("FilterName", "Calc MS Excel 2007 XML"),))
        saved = True
    finally:
        close(doc, saved)
    return {"saved": job["output"], "unhide": unhidden, "hide": hidden}


def rows_command(doc, sheet, first, last, command, visible):
    """Selects whole rows first..last (0-based) and runs a menu command on them (.uno:ShowRow, .uno:HideRow), as a
    user does. On a protected sheet LibreOffice may refuse; then, as a LibreOffice user would, the sheet is
    unprotected (no password), the command run, and the sheet protected again. Returns "done", "done after
    unprotecting" or "failed", judged by the visibility of rows first+1..last-1 for Show (the rows between the
    selected ones) and first..last for Hide."""
    controller = doc.getCurrentController()
    controller.setActiveSheet(sheet)
    ctx = uno.getComponentContext()
    helper = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
    rows = sheet.getRows()
    target = range(first + 1, last) if visible else range(first, last + 1)
    area = sheet.getCellRangeByPosition(0, first, sheet.getColumns().getCount() - 1, last)

    def run():
        controller.select(area)
        helper.executeDispatch(controller.getFrame(), command, "", 0, ())
        return all(rows.getByIndex(r).IsVisible == visible for r in target)

    if run():
        return "done"
    if not sheet.isProtected():
        return "failed"
    sheet.unprotect("")
    ok = run()
    sheet.protect("")
    return "done after unprotecting" if ok else "failed"


def evaluate(desktop, job):
    doc = load(desktop, job["input"])
    try:
        sheet = doc.Sheets.getByName(job["sheet"])
        sheet.unprotect("")
        ranges = []
        for block in job["blocks"]:
            rng = sheet.getCellRangeByName(block["range"])
            rng.setFormulaArray(tuple(tuple(row) for row in block["formulas"]))
            ranges.append(rng)
        numbers = []
        for block in job.get("numbers", []):
            rng = sheet.getCellRangeByName(block["range"])
            rng.setFormulaArray(tuple(tuple(row) for row in block["formulas"]))
            numbers.append(rng)
        doc.calculateAll()
        out = []
        for rng in ranges:
            rows = []
            for row in rng.getDataArray():
                rows.append([bool(v) if isinstance(v, (int, float)) and v in (0, 1) else None for v in row])
            out.append(rows)
        if "numbers" not in job:
            return out
        values = [[[v if isinstance(v, (int, float)) else None for v in row] for row in rng.getDataArray()] for rng in numbers]
        return {"blocks": out, "numbers": values}
    finally:
        doc.close(True)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        spec = json.load(f)
    proc, desktop = connect(spec["profile"])
    results = {}
    restarts = 0
    try:
        for job in spec["jobs"]:
            run = {"fill": fill, "evaluate": evaluate}[job["op"]]
            try:
                results[job["id"]] = run(desktop, job)
            except Exception:
                # soffice itself went away in the middle of a job (seen once in a CI run under load, on the first
                # job of a fresh profile: LibreOffice may restart itself once after creating a profile). The
                # files are untouched (a fill writes only its own output): start it again and redo that job,
                # once per run, and say so. A job failing while soffice is still running is a real failure.
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    pass
                if proc.poll() is None or restarts:
                    raise
                restarts += 1
                sys.stderr.write("lo_driver: soffice exited (%s) during job %s; restarted, job redone\n" % (proc.returncode, job["id"]))
                proc, desktop = connect(spec["profile"], restarts)
                results[job["id"]] = run(desktop, job)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            proc.wait(timeout=30)
        except Exception:
            proc.kill()
    with open(spec["output"], "w", encoding="utf-8") as f:
        json.dump(results, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
