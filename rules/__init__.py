"""The shipped rule packs (TOML data), installed as the package ``linter.packs``."""
