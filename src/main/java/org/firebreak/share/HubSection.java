package org.firebreak.share;

/** The lists of the hub whose items can be shown or hidden one by one. */
public enum HubSection {
  UPDATES("hub_updates"),
  FAQ("hub_faq"),
  STEPS("hub_steps"),
  HELP("hub_help");

  private final String table;

  HubSection(String table) {
    this.table = table;
  }

  /** The table; fixed per constant, never built from user text. */
  public String table() {
    return table;
  }
}
