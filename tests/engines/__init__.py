"""The distributed engines: real Dask and Spark runs compared with ``batch --jobs 1``."""
