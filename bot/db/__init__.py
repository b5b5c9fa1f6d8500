"""Storage: the only package that imports SQLAlchemy."""

from sqlalchemy.exc import SQLAlchemyError as DatabaseError

__all__ = ["DatabaseError"]
