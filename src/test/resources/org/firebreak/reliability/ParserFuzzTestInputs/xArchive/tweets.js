window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : { "initial" : { "editTweetIds" : [ "1690457400123456789" ] } },
      "retweeted" : false,
      "id_str" : "1690457400123456789",
      "id" : "1690457400123456789",
      "created_at" : "Sat Aug 12 16:10:37 +0000 2023",
      "full_text" : "We are aware of reports about our K-200 kettle &amp; are investigating. Please stop using it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "id_str" : "1690458000987654321",
      "in_reply_to_status_id_str" : "1690000000000000001",
      "created_at" : "Sat Aug 12 16:20:00 +0000 2023",
      "full_text" : "@angry_dan We're so sorry. Please DM us your order number &lt;3",
      "lang" : "en"
    }
  }
]
