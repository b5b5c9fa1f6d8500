"""Package list that pyproject.toml cannot express: the code, plus data/ shipped as pmqa_data."""

from setuptools import find_namespace_packages, setup

CODE = find_namespace_packages(include=["bot*", "handlers*", "kpi_core*"])
# data/ keeps its place at the top and installs as pmqa_data; its folders are listed too,
# so setuptools treats them as the data folders they are (pyproject.toml names the files).
DATA = ["pmqa_data", *(f"pmqa_data.{name}" for name in find_namespace_packages(where="data"))]

setup(packages=[*CODE, *DATA], package_dir={"pmqa_data": "data"})
