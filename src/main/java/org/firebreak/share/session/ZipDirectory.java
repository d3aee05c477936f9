package org.firebreak.share.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The zip's central directory read as written, because {@link java.util.zip.ZipFile} hides what a
 * receiver must refuse: duplicate names and Unix symbolic links (file mode in the external
 * attributes).
 */
final class ZipDirectory {

  record Item(String name, boolean symlink) {}

  private static final int EOCD = 0x06054b50;
  private static final int EOCD64_LOCATOR = 0x07064b50;
  private static final int CEN = 0x02014b50;
  private static final long MAX_DIRECTORY = 64L << 20;

  private ZipDirectory() {}

  static List<Item> read(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      int tail = (int) Math.min(size, 65_557);
      ByteBuffer end = read(ch, size - tail, tail);
      int at = -1;
      for (int i = tail - 22; i >= 0; i--) {
        if (end.getInt(i) == EOCD) {
          at = i;
          break;
        }
      }
      if (at < 0) {
        throw new IOException("not a zip archive (no central directory)");
      }
      long count = end.getShort(at + 10) & 0xffff;
      long dirSize = end.getInt(at + 12) & 0xffffffffL;
      long dirOffset = end.getInt(at + 16) & 0xffffffffL;
      if ((dirOffset == 0xffffffffL || count == 0xffff)
          && at >= 20
          && end.getInt(at - 20) == EOCD64_LOCATOR) {
        long zip64 = end.getLong(at - 20 + 8);
        if (zip64 < 0 || zip64 + 56 > size) {
          throw new IOException("a damaged zip64 directory locator");
        }
        ByteBuffer z = read(ch, zip64, 56);
        count = z.getLong(32);
        dirSize = z.getLong(40);
        dirOffset = z.getLong(48);
      }
      if (dirSize > MAX_DIRECTORY || dirOffset < 0 || dirSize < 0 || dirOffset + dirSize > size) {
        throw new IOException("the central directory is larger than the file");
      }
      ByteBuffer dir = read(ch, dirOffset, (int) dirSize);
      List<Item> items = new ArrayList<>();
      int p = 0;
      for (long n = 0; n < count && p + 46 <= dirSize; n++) {
        if (dir.getInt(p) != CEN) {
          throw new IOException("a damaged central directory");
        }
        int madeBy = dir.getShort(p + 4) & 0xffff;
        int flags = dir.getShort(p + 8) & 0xffff;
        int nameLen = dir.getShort(p + 28) & 0xffff;
        int extraLen = dir.getShort(p + 30) & 0xffff;
        int commentLen = dir.getShort(p + 32) & 0xffff;
        int external = dir.getInt(p + 38);
        if (p + 46L + nameLen > dirSize) {
          // found by fuzzing: a name longer than the directory that holds it
          throw new IOException("a damaged central directory");
        }
        byte[] name = new byte[nameLen];
        dir.get(p + 46, name);
        String text =
            new String(
                name, (flags & 0x800) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        boolean unix = (madeBy >> 8) == 3;
        boolean link = unix && ((external >>> 16) & 0170000) == 0120000;
        items.add(new Item(text, link));
        p += 46 + nameLen + extraLen + commentLen;
      }
      return items;
    }
  }

  private static ByteBuffer read(FileChannel ch, long position, int length) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (b.hasRemaining()) {
      if (ch.read(b, position + b.position()) < 0) {
        throw new IOException("the zip ends early");
      }
    }
    return b.flip();
  }
}
