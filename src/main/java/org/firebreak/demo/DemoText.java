package org.firebreak.demo;

import java.util.List;

/** Message templates for the demo incident, with the sentiment and labels each one carries. */
record DemoText(String text, String language, double sentiment, List<String> labels) {

  static final List<DemoText> ALL =
      List.of(
          new DemoText(
              "My AromaBrew kettle just started smoking on the counter. Is this the recall everyone is talking about?",
              "en",
              -0.6,
              List.of("safety", "question")),
          new DemoText(
              "Is my kettle model AB-200 affected by the recall? Where do I check the serial number?",
              "en",
              -0.1,
              List.of("question")),
          new DemoText(
              "Third time I'm asking: how do I get a refund for the recalled kettle??",
              "en",
              -0.7,
              List.of("complaint")),
          new DemoText(
              "My daughter burned her hand when the AromaBrew lid popped open. We went to the hospital. Unacceptable.",
              "en",
              -0.9,
              List.of("safety", "complaint")),
          new DemoText(
              "Journalist at the Daily Ledger here. Can someone from AromaBrew comment on the kettle recall? Please DM.",
              "en",
              -0.1,
              List.of("press")),
          new DemoText(
              "Our lawyer will be in touch about the kettle fire in our kitchen.",
              "en",
              -0.8,
              List.of("legal", "safety")),
          new DemoText(
              "Boycott AromaBrew until they explain why they sold kettles that catch fire #AromaBrewRecall",
              "en",
              -0.8,
              List.of("complaint")),
          new DemoText(
              "Honestly their support team has been great, replaced mine within a day. Thanks @AromaBrew",
              "en",
              0.8,
              List.of("praise")),
          new DemoText(
              "Why is there nothing on your website about this? Customers deserve answers.",
              "en",
              -0.6,
              List.of("complaint", "question")),
          new DemoText(
              "Should I stop using my kettle right now? It gets very hot on the base.",
              "en",
              -0.4,
              List.of("safety", "question")),
          new DemoText(
              "WIN A FREE KETTLE click here!!! bit.ly/notreal", "en", 0.3, List.of("spam")),
          new DemoText(
              "Ketel AromaBrew saya keluar asap tadi pagi. Apakah ini termasuk yang ditarik?",
              "id",
              -0.6,
              List.of("safety", "question")),
          new DemoText(
              "Bagaimana cara refund ketel yang ditarik? Sudah tiga kali tanya belum dijawab.",
              "id",
              -0.7,
              List.of("complaint")),
          new DemoText(
              "Anak saya luka bakar gara-gara tutup ketel AromaBrew terbuka sendiri. Kecewa sekali.",
              "id",
              -0.9,
              List.of("safety", "complaint")),
          new DemoText(
              "Saya wartawan dari Harian Nusantara, mohon tanggapan resmi soal penarikan ketel ini.",
              "id",
              -0.1,
              List.of("press")),
          new DemoText(
              "Model AB-200 termasuk yang ditarik tidak? Nomor serinya di mana?",
              "id",
              -0.1,
              List.of("question")),
          new DemoText(
              "Boikot AromaBrew sampai ada penjelasan! #AromaBrewRecall",
              "id",
              -0.8,
              List.of("complaint")),
          new DemoText(
              "Terima kasih tim AromaBrew, ketel saya sudah diganti dengan cepat.",
              "id",
              0.8,
              List.of("praise")));

  static final String HOLDING_STATEMENT =
      "We are sorry. Some AromaBrew AB-200 kettles can overheat, and some of you have been hurt."
          + " Please stop using AB-200 kettles now and unplug them. We are recalling every affected"
          + " kettle and will refund or replace it. Check your serial number and get help at"
          + " aromabrew.example/recall. Next update within the hour. - Ayu Lestari, Head of Social";

  static String reply(String language) {
    return "id".equals(language)
        ? "Mohon maaf atas kejadian ini. Hentikan pemakaian ketel AB-200 dan cek nomor seri di aromabrew.example/recall. Kami bantu lewat DM."
        : "We're so sorry. Please stop using AB-200 kettles and check your serial at aromabrew.example/recall. We'll help you by DM.";
  }
}
