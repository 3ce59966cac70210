import { describe, expect, it } from "vitest";
import { splitSqlStatements } from "./sql-statements";

describe("splitSqlStatements", () => {
  it.each([
    ["two statements", "CREATE TABLE a (x int);\nCREATE TABLE b (y int);", ["CREATE TABLE a (x int)", "CREATE TABLE b (y int)"]],
    ["a semicolon in a line comment", "-- one; two\nSELECT 1;", ["-- one; two\nSELECT 1"]],
    ["a semicolon in a block comment", "/* a; b */ SELECT 1;", ["/* a; b */ SELECT 1"]],
    ["a semicolon in a string with a doubled quote", "SELECT 'it''s; fine';SELECT 2", ["SELECT 'it''s; fine'", "SELECT 2"]],
    ["a semicolon in a quoted identifier", 'SELECT 1 AS "a;b";', ['SELECT 1 AS "a;b"']],
    [
      "a dollar-quoted function body",
      "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  PERFORM 1;\n  RETURN NULL;\nEND\n$$;\nSELECT 3;",
      ["CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  PERFORM 1;\n  RETURN NULL;\nEND\n$$", "SELECT 3"],
    ],
    ["a tagged dollar quote", "SELECT $body$ x; $$ y $body$;", ["SELECT $body$ x; $$ y $body$"]],
    ["a positional parameter is no dollar quote", "SELECT $1; SELECT 2", ["SELECT $1", "SELECT 2"]],
    ["only comments left at the end", "SELECT 1;\n-- the end; really\n", ["SELECT 1"]],
  ])("%s", (_name, script, expected) => {
    expect(splitSqlStatements(script)).toEqual(expected);
  });
});
