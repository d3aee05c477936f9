window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "12345-67890",
      "messages" : [
        { "messageCreate" : { "recipientId" : "67890", "reactions" : [ ], "urls" : [ ], "text" : "My kettle burned my hand, what now?", "mediaUrls" : [ ], "senderId" : "12345", "id" : "1690460000000000001", "createdAt" : "2023-08-12T16:30:00.000Z" } },
        { "joinConversation" : { "initiatingUserId" : "1" } },
        { "messageCreate" : { "recipientId" : "12345", "text" : "We're sorry to hear that. Please see a doctor.", "senderId" : "67890", "id" : "1690460000000000002", "createdAt" : "2023-08-12T16:35:12.345Z" } }
      ]
    }
  }
]
