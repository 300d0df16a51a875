"""The HTTP API: Flask test client, and a real gunicorn server."""
