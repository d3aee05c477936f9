package org.firebreak.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.firebreak.incident.Platform;
import org.firebreak.queue.Direction;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.QueueQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue's search box through the word index: what a person types finds what they expect. */
class TextSearchTest {

  private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");

  @TempDir Path dir;
  private Database db;
  private MessageStore store;
  private int next;

  @BeforeEach
  void open() {
    db = Database.open(dir.resolve("incident"));
    store = new MessageStore(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private Message message(String text, MessageStatus status) {
    int n = next++;
    return new Message(
        0,
        Platform.X,
        "id-" + n,
        null,
        "@someone",
        10,
        text,
        null,
        T0.plusSeconds(n),
        T0.plusSeconds(n),
        Direction.INBOUND,
        "en",
        0,
        0,
        status,
        null,
        List.of());
  }

  private void store(String... texts) {
    List<Message> batch = new ArrayList<>();
    for (String t : texts) {
      batch.add(message(t, MessageStatus.NEEDS_REPLY));
    }
    store.insertBatch(batch);
  }

  private List<String> search(String typed) {
    return store.page(QueueQuery.newestFirst().withSearch(typed)).stream()
        .map(Message::text)
        .toList();
  }

  @Test
  void everyWordTypedMustBeInTheMessageInAnyCase() {
    store("My KETTLE caught fire", "The kettle is fine", "A fire in the kitchen");
    assertThat(search("kettle fire")).containsExactly("My KETTLE caught fire");
    assertThat(search("\"Kettle Fire\"")).containsExactly("My KETTLE caught fire");
    assertThat(search("kettle"))
        .containsExactlyInAnyOrder("My KETTLE caught fire", "The kettle is fine");
  }

  @Test
  void aHashtagFindsTheTagAndTheWordFindsItToo() {
    store("Boikot sampai ada penjelasan! #KettleRecall", "kettlerecall without a tag", "#Other");
    assertThat(search("#kettlerecall"))
        .containsExactly("Boikot sampai ada penjelasan! #KettleRecall");
    assertThat(search("KettleRecall")).hasSize(2);
  }

  @Test
  void aMentionFindsTheMessagesNamingThatAccount() {
    store("@brand_care my kettle smokes", "brand care is slow");
    assertThat(search("@Brand_Care")).containsExactly("@brand_care my kettle smokes");
  }

  @Test
  void anIndonesianWordFindsItsMessage() {
    store("Ketel saya keluar asap tadi pagi", "My kettle smokes");
    assertThat(search("asap")).containsExactly("Ketel saya keluar asap tadi pagi");
    assertThat(search("KETEL Saya")).containsExactly("Ketel saya keluar asap tadi pagi");
  }

  @Test
  void aWordInNoMessageFindsNothingAndCountsZero() {
    store("My kettle caught fire");
    QueueQuery q = QueueQuery.newestFirst().withSearch("toaster");
    assertThat(store.page(q)).isEmpty();
    assertThat(store.count(q)).isZero();
    assertThat(search("kettle toaster")).isEmpty();
  }

  @Test
  void patternAndQuoteCharactersAreNeverInterpreted() {
    store("Refund 100% now", "it's a_b", "plain message", "O'Brien wrote this");
    assertThat(search("100%")).containsExactly("Refund 100% now");
    assertThat(search("%")).isEmpty();
    assertThat(search("_")).isEmpty();
    assertThat(search("'")).isEmpty();
    assertThat(search("o'brien")).containsExactly("O'Brien wrote this");
    assertThat(search("\\")).isEmpty();
  }

  @Test
  void searchTextIsNeverRunAsSql() {
    store("plain message");
    assertThat(search("'; DROP TABLE messages; --")).isEmpty();
    assertThat(search("x' OR '1'='1")).isEmpty();
    assertThat(search("plain")).containsExactly("plain message");
  }

  @Test
  void searchCombinesWithTheStatusFilterAndPaging() {
    List<Message> batch = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      batch.add(
          message("kettle " + i, i % 3 == 0 ? MessageStatus.REPLIED : MessageStatus.NEEDS_REPLY));
    }
    store.insertBatch(batch);
    QueueQuery replied =
        QueueQuery.newestFirst().withStatus(MessageStatus.REPLIED).withSearch("kettle");
    assertThat(store.count(replied)).isEqualTo(10);
    List<Message> firstPage = store.page(replied.withWindow(0, 4));
    assertThat(firstPage)
        .extracting(Message::text)
        .containsExactly("kettle 27", "kettle 24", "kettle 21", "kettle 18");
    assertThat(store.page(replied.withWindow(8, 4)))
        .extracting(Message::text)
        .containsExactly("kettle 3", "kettle 0");
  }

  @Test
  void aCommonWordAndARareWordAgreeWhicheverPlanTheDatabaseTakes() {
    List<Message> batch = new ArrayList<>();
    for (int i = 0; i < TextSearch.RARE + 100; i++) {
      batch.add(
          message(
              "kettle smoke #" + i,
              i % 2 == 0 ? MessageStatus.REPLIED : MessageStatus.NEEDS_REPLY));
    }
    store.insertBatch(batch);
    QueueQuery common = QueueQuery.newestFirst().withSearch("smoke kettle");
    assertThat(store.count(common)).isEqualTo(TextSearch.RARE + 100);
    assertThat(store.page(common.withWindow(0, 2)))
        .extracting(Message::text)
        .containsExactly("kettle smoke #5099", "kettle smoke #5098");
    QueueQuery commonDone = common.withStatus(MessageStatus.REPLIED);
    assertThat(store.page(commonDone.withWindow(0, 1)))
        .extracting(Message::text)
        .containsExactly("kettle smoke #5098");
    assertThat(search("kettle #17")).containsExactly("kettle smoke #17");
  }

  @Test
  void messagesStoredBeforeTheIndexExistedAreFoundAfterTheUpgrade() throws Exception {
    Path old = dir.resolve("old");
    String url = "jdbc:h2:file:" + old.toAbsolutePath();
    org.flywaydb.core.Flyway.configure()
        .dataSource(url, "firebreak", "")
        .locations("classpath:db/migration")
        .target("8")
        .load()
        .migrate();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "firebreak", "");
        java.sql.Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO messages (platform, external_id, author, text, preview, created_at,"
              + " received_at, direction, status) VALUES ('X', '1', '@a', 'Ketel saya #rusak',"
              + " 'Ketel saya #rusak', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'INBOUND',"
              + " 'NEEDS_REPLY')");
    }
    try (Database upgraded = Database.open(old)) {
      MessageStore messages = new MessageStore(upgraded);
      assertThat(messages.page(QueueQuery.newestFirst().withSearch("#rusak")))
          .extracting(Message::text)
          .containsExactly("Ketel saya #rusak");
      assertThat(messages.count(QueueQuery.newestFirst().withSearch("ketel"))).isEqualTo(1);
    }
  }

  @Test
  void anImportTakenBackLeavesNoWordBehind() {
    IntakeStore intake = new IntakeStore(db);
    IntakeStore.StoredBatch stored =
        intake.insert(
            List.of(
                new org.firebreak.intake.IncomingMessage(
                    message("gone soon", MessageStatus.NEEDS_REPLY), null, null)));
    assertThat(search("gone")).containsExactly("gone soon");
    intake.remove(stored.newIds());
    assertThat(store.count(QueueQuery.newestFirst().withSearch("gone"))).isZero();
    int words =
        db.read(
            c -> {
              try (java.sql.Statement s = c.createStatement();
                  java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM message_terms")) {
                rs.next();
                return rs.getInt(1);
              }
            });
    assertThat(words).isZero();
  }
}
