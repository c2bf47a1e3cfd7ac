"""cctv-density: camera density from published CCTV figures."""
