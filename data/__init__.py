"""The data files the code reads at run time, installed as the resource package ``pmqa_data``."""
