"""The browser page in real headless Chromium."""
