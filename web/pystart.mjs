// Run the page's start-up inside Pyodide under Node, with the built runtime folder, lock and wheels,
// and keep what the browser would otherwise redo on every first visit.
//
//     node web/pystart.mjs RUNTIME_FOLDER OUT_FOLDER
//
// Writes into OUT_FOLDER:
// - cache/ruleset-<key>.pickle: the validated rule set, written by linter.packcache itself (the
//   key hashes the packs, the linter's source and the versions of Python and pydantic, all the
//   same here as in the page: the same pyodide.asm.wasm and wheels). web/build.py adds it to the
//   project's wheel; main.py points HEADLINE_LINT_CACHE_DIR at it, so the page unpickles the rule
//   set instead of parsing the TOML and validating every pack.
// - stdlib/NAME.pyc: unchecked-hash bytecode of each standard-library module the start-up
//   imported from python_stdlib.zip (the npm package ships it as source only, so the page
//   compiled those modules on every load). web/build.py adds them to the zip beside their .py,
//   where zipimport looks first.
import { loadPyodide } from "pyodide";

const [runtime, out] = process.argv.slice(2);
if (!runtime || !out) {
  console.error("usage: node web/pystart.mjs RUNTIME_FOLDER OUT_FOLDER");
  process.exit(2);
}
// a fixed hash seed: the same set order in every build, so the pickle and bytecode are reproducible
const pyodide = await loadPyodide({
  indexURL: `${runtime}/`,
  packageCacheDir: `${runtime}/`,
  env: { PYTHONHASHSEED: "0" },
});
await pyodide.loadPackage(["headline-linter"], { messageCallback: () => {} });
pyodide.FS.mkdir("/out");
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: out }, "/out");
const report = pyodide.runPython(`
import os, sys
os.environ["HEADLINE_LINT_CACHE_DIR"] = "/out/cache"

# what web/main.py does before its first answer, and the calls the page makes after it
from linter import Profile, apply_fix, fix_profile, lint, suggest
from linter.catalog import catalog
from linter.ruleset import load_ruleset

load_ruleset()  # the pickle: written by linter.packcache under /out/cache
profile = Profile(headline="ML Engineer | PyTorch", summary="I build RAG pipelines.", target=None)
lint(profile).model_dump_json()
fix_profile(profile, unsafe=False)
suggest(profile).model_dump_json()
catalog().model_dump_json()

import importlib.util, marshal, zipfile
from importlib._bootstrap_external import _code_to_hash_pyc

ZIP = next(p for p in sys.path if p.endswith(".zip"))
stdlib = zipfile.ZipFile(ZIP)
names = set(stdlib.namelist())
written = 0
for name in sorted(sys.modules):
    origin = getattr(getattr(sys.modules[name], "__spec__", None), "origin", None) or ""
    if not origin.startswith(ZIP + "/"):
        continue
    inner = origin[len(ZIP) + 1:]
    if inner not in names or not inner.endswith(".py"):
        continue
    source = stdlib.read(inner)
    code = compile(source, origin, "exec", dont_inherit=True)
    pyc = _code_to_hash_pyc(code, importlib.util.source_hash(source), checked=False)
    target = "/out/stdlib/" + inner[:-3] + ".pyc"
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "wb") as handle:
        handle.write(pyc)
    written += 1
pickles = [n for n in os.listdir("/out/cache") if n.endswith(".pickle")]
assert len(pickles) == 1, pickles
f"pystart: {pickles[0]}, {written} stdlib modules compiled"
`);
console.log(report);
