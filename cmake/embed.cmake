# Turns a text file into a C string constant: cmake -DIN=... -DOUT=... -P embed.cmake
file(READ ${IN} content HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," content "${content}")
file(WRITE ${OUT} "/* Generated from schema.sql at build time. Do not edit. */\n"
  "const char mbo_schema_sql[] = {${content} 0x00};\n")
