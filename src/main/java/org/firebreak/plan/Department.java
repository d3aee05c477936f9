package org.firebreak.plan;

/** Where a committee member comes from in the company. */
public enum Department {
  COMMUNICATIONS,
  LEGAL,
  CUSTOMER_CARE,
  PRODUCT,
  LEADERSHIP,
  OTHER
}
