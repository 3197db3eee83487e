package dev.handbook.render;

import java.io.Writer;

/**
 * The writer a template renders into: a plain {@link StringBuilder}, without the lock that
 * {@link java.io.StringWriter} takes on every write (one render is one thread's work).
 */
final class PageWriter extends Writer {
  private final StringBuilder text;

  PageWriter(int capacity) {
    this.text = new StringBuilder(capacity);
  }

  @Override
  public void write(int c) {
    text.append((char) c);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    text.append(chars, offset, length);
  }

  @Override
  public void write(String string) {
    text.append(string);
  }

  @Override
  public void write(String string, int offset, int length) {
    text.append(string, offset, offset + length);
  }

  @Override
  public Writer append(CharSequence chars) {
    text.append(chars);
    return this;
  }

  @Override
  public void flush() {
    // nothing is buffered apart from the text itself
  }

  @Override
  public void close() {
    // the text stays readable after the template is done
  }

  int length() {
    return text.length();
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
