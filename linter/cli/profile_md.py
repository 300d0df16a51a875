"""Parse a profile markdown file: YAML front matter and ``## Headline`` / ``## About`` sections.

The markdown is parsed with markdown-it-py (CommonMark), so a heading inside a code block or an
HTML comment is not a section, and setext headings are; the front matter with PyYAML, whose
node marks say where each value sits in the file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from linter.cli.source import Comment, FieldText, InputError, Piece, ProfileDoc
from linter.models import FieldName

if TYPE_CHECKING:
    from markdown_it.token import Token

SECTIONS: dict[str, FieldName] = {"headline": "headline", "about": "summary", "summary": "summary"}
FRONT_KEYS: dict[str, str] = {"headline": "headline", "summary": "summary", "about": "summary"}


def _front_matter_end(text: str) -> tuple[int, int] | None:
    """(offset where the YAML ends, offset where the markdown starts) if ``text`` opens with
    a ``---`` front matter block."""
    if not text.startswith("---\n"):
        return None
    offset = 4
    while offset <= len(text):
        end = text.find("\n", offset)
        line = text[offset : end if end != -1 else len(text)]
        if line.rstrip() in ("---", "..."):
            return offset, end + 1 if end != -1 else len(text)
        if end == -1:
            return None
        offset = end + 1
    return None


def _scalar(doc_text: str, base: int, node: Any, key: str, label: str) -> FieldText:
    import yaml

    if not isinstance(node, yaml.ScalarNode):
        line = node.start_mark.line + 2
        raise InputError(f"{label}:{line}: front matter `{key}` must be text")
    start, end = base + node.start_mark.index, base + node.end_mark.index
    raw = doc_text[start:end]
    value = str(node.value)
    if node.style is None and raw == value:
        return FieldText(value, [Piece(0, start, len(value))], node=(start, end))
    if node.style in ("'", '"') and raw[1:-1] == value:
        return FieldText(value, [Piece(0, start + 1, len(value))], node=(start, end))
    return FieldText(value, [], node=(start, end), verbatim=False)


def _front_matter(text: str, yaml_end: int, label: str) -> dict[str, tuple[str, FieldText]]:
    import yaml

    try:
        root = yaml.compose(text[4:yaml_end], Loader=yaml.SafeLoader)
        yaml.safe_load(text[4:yaml_end])  # the whole block must be valid, not only our keys
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"{label}{where}: invalid front matter: {problem}") from None
    if root is None:
        return {}
    if not isinstance(root, yaml.MappingNode):
        raise InputError(f"{label}:2: invalid front matter: expected `key: value` pairs")
    found: dict[str, tuple[str, FieldText]] = {}
    for key_node, value_node in root.value:
        key = str(key_node.value).lower()
        if key == "target":
            found["target"] = ("target", _scalar(text, 4, value_node, key, label))
        elif key in FRONT_KEYS:
            name = FRONT_KEYS[key]
            if name in found:
                raise InputError(f"{label}: front matter gives the {name} twice")
            found[name] = (key, _scalar(text, 4, value_node, key, label))
    return found


def _comment(source: str, start: int, raw: str) -> Comment | None:
    begin = source.find("<!--", start)
    close = source.find("-->", begin + 4) if begin != -1 else -1
    if begin == -1 or close == -1 or not raw.lstrip().startswith("<!--"):
        return None
    return Comment(begin, close + 3, source[begin + 4 : close])


def _block_pieces(doc: ProfileDoc, tokens: list[Token], index: int) -> list[tuple[int, str]]:
    """The (file offset, text) runs of the top-level block at ``tokens[index]``, with inline
    HTML comments cut out and recorded."""
    token = tokens[index]
    assert token.map is not None
    start, stop = doc.line_start(token.map[0] + 1), doc.line_start(token.map[1] + 1)
    chunk = doc.source[start:stop].rstrip()
    lead = len(chunk) - len(chunk.lstrip())
    runs: list[tuple[int, str]] = []
    cursor = start + lead
    inline = tokens[index + 1] if token.nesting == 1 and index + 1 < len(tokens) else None
    for child in (inline.children or []) if inline and inline.type == "inline" else []:
        if child.type == "html_inline" and child.content.startswith("<!--"):
            comment = _comment(doc.source, cursor, child.content)
            if comment is None or comment.end > start + len(chunk):
                continue
            doc.comments.append(comment)
            runs.append((cursor, doc.source[cursor : comment.start]))
            cursor = comment.end
    runs.append((cursor, doc.source[cursor : start + len(chunk)]))
    return [(offset, text) for offset, text in runs if text]


def _join(doc: ProfileDoc, blocks: list[list[tuple[int, str]]]) -> FieldText:
    text, previous_end = "", -1
    pieces: list[Piece] = []
    for runs in blocks:
        for offset, run in runs:
            if pieces:
                gap = doc.source[previous_end:offset]
                text += "\n\n" if gap.count("\n") > 1 else ("\n" if "\n" in gap else "")
            pieces.append(Piece(len(text), offset, len(run)))
            text += run
            previous_end = offset + len(run)
    return FieldText(text, pieces)


def parse_profile(
    text: str, label: str, *, crlf: bool = False, bom: bool = False
) -> tuple[ProfileDoc, dict[str, int]]:
    """The profile in ``text`` and, per field, where its section heading or key is (for
    messages). Raises :class:`InputError` for a file that holds no profile."""
    from markdown_it import MarkdownIt

    doc = ProfileDoc(label, text, {}, crlf=crlf, bom=bom)
    bounds = _front_matter_end(text)
    if bounds is None and text.startswith("---\n"):
        raise InputError(f"{label}:1: front matter opened with `---` is never closed")
    front = _front_matter(text, bounds[0], label) if bounds else {}
    origin: dict[str, int] = {}
    for name, (_key, value) in front.items():
        if name == "target":
            doc.target = value.text
        else:
            doc.fields[name] = value  # type: ignore[index]
            doc.section_starts[name] = value.to_file(0)  # type: ignore[index]
            origin[name] = doc.position(value.to_file(0))[0]
    body = text if bounds is None else "\n" * text[: bounds[1]].count("\n") + text[bounds[1] :]
    tokens = MarkdownIt("commonmark").parse(body)
    current: FieldName | None = None
    level, blocks = 0, list[list[tuple[int, str]]]()

    def close() -> None:
        if current is not None and blocks:
            doc.fields[current] = _join(doc, blocks)

    for index, token in enumerate(tokens):
        if token.type == "html_block" and token.map is not None:
            comment = _comment(doc.source, doc.line_start(token.map[0] + 1), token.content)
            if comment is not None:
                doc.comments.append(comment)
                continue
        if token.level != 0 or token.map is None or token.nesting == -1:
            continue
        if token.type == "heading_open":
            heading = tokens[index + 1].content.strip().rstrip(":").strip().lower()
            depth = int(token.tag[1:])
            if heading in SECTIONS or (current is not None and depth <= level):
                close()
                current, level, blocks = None, 0, []
            if heading in SECTIONS:
                current, level = SECTIONS[heading], depth
                line = token.map[0] + 1
                if current in doc.fields:
                    raise InputError(
                        f"{label}:{line}: the {current} is given twice "
                        f"(also at line {origin[current]})"
                    )
                origin[current] = line
                doc.section_starts[current] = doc.line_start(line)
                continue
        if current is not None:
            blocks.append(_block_pieces(doc, tokens, index))
    close()
    if not doc.fields.get("headline") and not doc.fields.get("summary"):
        raise InputError(
            f"{label}: no profile found: add `headline:` front matter, "
            "a `## Headline` or an `## About` section"
        )
    doc.comments.sort(key=lambda comment: comment.start)
    return doc, origin
