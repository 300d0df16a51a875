// Compile every .py file under a folder to CPython 3.14 bytecode, inside Pyodide under Node.
//
//     node web/pycompile.mjs FOLDER
//
// Writes FOLDER/**/__pycache__/NAME.cpython-314.pyc beside each source, as unchecked-hash pycs
// (valid whatever the file times are once a wheel is unpacked in the browser). web/build.py adds
// them to the wheels so the page skips compiling pydantic and the linter on every load, as
// Pyodide does for its own packages. The host's Python cannot do this: its bytecode is another
// version's.
import { loadPyodide } from "pyodide";

const folder = process.argv[2];
if (!folder) {
  console.error("usage: node web/pycompile.mjs FOLDER");
  process.exit(2);
}
const pyodide = await loadPyodide();
pyodide.FS.mkdir("/src");
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: folder }, "/src");
const count = pyodide.runPython(`
import compileall, py_compile, sys
assert sys.implementation.cache_tag == "cpython-314", sys.implementation.cache_tag
ok = compileall.compile_dir(
    "/src", quiet=1, force=True, workers=1,
    invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
)
import pathlib
n = sum(1 for _ in pathlib.Path("/src").rglob("*.cpython-314.pyc"))
n if ok else -1
`);
if (count < 0) {
  console.error("pycompile: some files did not compile");
  process.exit(1);
}
console.log(`pycompile: ${count} files`);
