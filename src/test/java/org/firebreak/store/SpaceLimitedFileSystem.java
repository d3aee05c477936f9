package org.firebreak.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's disk seen through a quota: once the files have grown by more than the space left, a write
 * fails with the operating system's "No space left on device". Opened as {@code Database.open(base,
 * "spacelimited")}.
 */
public final class SpaceLimitedFileSystem extends FilePathWrapper {

  static final String SCHEME = "spacelimited";
  private static final AtomicLong SPACE_LEFT = new AtomicLong(Long.MAX_VALUE);

  static void install() {
    FilePath.register(new SpaceLimitedFileSystem());
  }

  static void spaceLeft(long bytes) {
    SPACE_LEFT.set(bytes);
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public FileChannel open(String mode) throws IOException {
    return new Limited(getBase().open(mode));
  }

  private static final class Limited extends FileBase {
    private final FileChannel base;

    Limited(FileChannel base) {
      this.base = base;
    }

    private void claim(long position, int length) throws IOException {
      long growth = position + length - base.size();
      if (growth > 0 && SPACE_LEFT.addAndGet(-growth) < 0) {
        SPACE_LEFT.addAndGet(growth);
        throw new IOException("No space left on device");
      }
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
      claim(position, src.remaining());
      return base.write(src, position);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      claim(base.position(), src.remaining());
      return base.write(src);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return base.read(dst);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
      return base.read(dst, position);
    }

    @Override
    public long position() throws IOException {
      return base.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
      base.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return base.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      base.truncate(size);
      return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
      return base.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
      base.close();
    }
  }
}
