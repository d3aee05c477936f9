package org.firebreak.intake;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A large input made on the fly: head, then {@code size} copies of one byte, then tail. */
final class GeneratedInput extends InputStream {

  private final byte[] head;
  private final byte[] tail;
  private final long size;
  private final byte fill;
  private long pos;

  private GeneratedInput(byte[] head, long size, byte fill, byte[] tail) {
    this.head = head;
    this.size = size;
    this.fill = fill;
    this.tail = tail;
  }

  static GeneratedInput of(String head, long size, char fill, String tail) {
    return new GeneratedInput(
        head.getBytes(StandardCharsets.UTF_8),
        size,
        (byte) fill,
        tail.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int read() {
    long total = head.length + size + tail.length;
    if (pos >= total) {
      return -1;
    }
    long at = pos++;
    if (at < head.length) {
      return head[(int) at] & 0xFF;
    }
    at -= head.length;
    return at < size ? fill : tail[(int) (at - size)] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    int n = 0;
    while (n < len) {
      long at = pos - head.length;
      if (at >= 0 && at + (len - n) <= size) {
        java.util.Arrays.fill(b, off + n, off + len, fill);
        pos += len - n;
        return len;
      }
      int c = read();
      if (c < 0) {
        return n == 0 ? -1 : n;
      }
      b[off + n++] = (byte) c;
    }
    return n;
  }
}
