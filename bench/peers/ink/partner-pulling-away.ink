// The peer for the benchmark (bench/): Attune's "When your partner pulls away" scenario written in ink,
// text copied verbatim from content/scenarios/partner-pulling-away.toml (and the source titles and
// pattern names it cites), so both players show the same words. bench/build-peer.mjs compiles it with
// inkjs's compiler; tags tell player.js how to show each line (h1/h2/h3, CLASS: name, CLEAR).

// Choices that remember: set at step 1, read at step 3 (Attune's `remember`, `variants` and `routes`).
VAR asked_for_closeness = false
VAR went_quiet_first = false

-> quiet_evening

// Every explanation ends with Continue to the step the choice leads to.
=== continue_to(-> target) ===
+ [Continue] -> target

=== quiet_evening ===
When your partner pulls away # CLEAR # h1
Step 1 of 3 # CLASS: progress
The situation # h2
For a few weeks now, Alex has felt further away. Their replies to your messages have got shorter. They stay late at work, and at home they are mostly on their phone. The small touches, a hand on your back or a hug in the kitchen, have almost stopped. # CLASS: situation
Tonight you are both on the sofa. You tell them about your day, and they say “mm” without looking up. Something in your chest tightens, and you catch yourself wondering what you did wrong. # CLASS: situation
Your response # h2
What do you do? # CLASS: question
+ [Ask, “Are we okay? Have I done something?”, and ask again when they say “I'm fine.”]
    You chose: Ask, “Are we okay? Have I done something?”, and ask again when they say “I'm fine.” # CLASS: chosen
    What tends to happen next # h2
    Alex may answer with a tired “I'm fine, just tired”, which rarely settles the worry. You may feel pulled to ask again while they sink further into the phone. The evening often ends with both of you feeling a little more alone. # CLASS: outcome
    Attachment lens # h3
    The urge to ask makes sense. When someone you lean on seems far away, an alarm goes off inside, and reaching for them is what that alarm is for. The need underneath is real, not a flaw. What may not land is the form: a worried question, asked twice, can sound to Alex like blame, and the real message (“I miss you”) gets lost. # CLASS: lens
    Codependency lens # h3
    This lens gets curious about where the worry is steering you. Pressing for reassurance can become a way of trying to get back some control when you feel anxious, and it ties your calm to Alex's mood. The invitation is not to stop caring, but to notice and own your own feeling first. # CLASS: lens
    Where the lenses differ # h3
    Both lenses take your worry seriously; they part ways on whether the next move is to reach harder or to steady yourself first, so the reach can land. # CLASS: tension
    Pattern: Reaching harder — When someone close seems far away, you reach for them more and more: extra messages, the same question asked again, a push for reassurance. # CLASS: pattern
    Drawn from: Are we mislabelling our needs for connection? · Love or codependence? # CLASS: sources
    -> continue_to(-> after_the_questions)
+ [Say nothing. Go to bed early and tell yourself you don't need them close anyway.]
    ~ went_quiet_first = true
    You chose: Say nothing. Go to bed early and tell yourself you don't need them close anyway. # CLASS: chosen
    What tends to happen next # h2
    The evening stays calm on the surface, and Alex may not even notice you have gone. The ache does not leave, though; it tends to go underground. Over the next few days you may both settle into a polite, careful distance. # CLASS: outcome
    Attachment lens # h3
    Pulling back to cope on your own is a very human way to protect yourself when reaching out feels risky. But the worry you felt was a sign that the bond needs some care, and going quiet means that sign never reaches Alex. It may also cost you a chance to repair things with a partner who could well have been willing. # CLASS: lens
    Codependency lens # h3
    There is something here this lens respects: you did not make Alex responsible for calming you down. But being emotionally independent is not the same as pulling away. Telling yourself you have no need of them quietly sets your own feelings aside instead of owning them. # CLASS: lens
    Where the lenses differ # h3
    One lens sees a missed chance to repair, the other a little welcome self-containment; both would ask you not to mistake going quiet for being okay. # CLASS: tension
    Pattern: Pulling back — When closeness feels risky or a talk feels too hard, you go quiet, keep busy or leave the room, and tell yourself you can handle it alone. # CLASS: pattern
    Drawn from: Are we mislabelling our needs for connection? · How to heal codependency in a relationship · Love or codependence? # CLASS: sources
    -> continue_to(-> cool_days)
+ [Sit closer and say, “I've been missing you lately. Could we put our phones away for a bit tonight?”]
    ~ asked_for_closeness = true
    You chose: Sit closer and say, “I've been missing you lately. Could we put our phones away for a bit tonight?” # CLASS: chosen
    What tends to happen next # h2
    Naming the feeling and asking for something small gives Alex a clear, gentle way to respond. They may look up, a bit surprised, and put the phone down. Even if they are slow to meet you, the need is now in the open rather than hidden. # CLASS: outcome
    Attachment lens # h3
    This is a bid for connection, said plainly. You are showing Alex what is going on inside you and how they could help, which makes it easier for them to respond. Feeling understood is a need at every age, and this gives Alex a way to tune in to you. # CLASS: lens
    Codependency lens # h3
    This lens likes that you named your own feeling and made a request, not a demand. It would add one quiet question: if Alex says “not tonight”, can you stay steady instead of feeling your worth has just been decided? A real request leaves them free to answer either way. # CLASS: lens
    Where the lenses differ # h3
    Both welcome an honest request; the codependency lens adds that it stays a request only if a “not tonight” still leaves you standing. # CLASS: tension
    Pattern: Asking plainly — You name what you feel and ask for something specific, gently and without blame, for example “I've missed you. Could we take a walk on Saturday?” # CLASS: pattern
    Drawn from: Are we mislabelling our needs for connection? · Too needy? Attunement, interdependence and codependence · Love or codependence? # CLASS: sources
    -> continue_to(-> warmer_evening)

=== after_the_questions ===
When your partner pulls away # CLEAR # h1
Step 2 of 3 # CLASS: progress
The situation # h2
Last night ended with Alex saying, “I'm just tired. Please stop worrying.” They went to bed before you did. # CLASS: situation
Today you have sent two messages. It is mid-afternoon, there is still no reply, and you can see they have been online. Your mind keeps replaying what you might have said wrong. You feel jittery, half angry and half scared. # CLASS: situation
Your response # h2
What do you do? # CLASS: question
+ [Send another, longer message asking why they are ignoring you.]
    You chose: Send another, longer message asking why they are ignoring you. # CLASS: chosen
    What tends to happen next # h2
    Alex may reply briefly, or not until evening, feeling cornered and a bit defensive. Each slow reply tends to raise your alarm, and each new message tends to push them further back. This is often how a chase-and-retreat loop gets going. # CLASS: outcome
    Attachment lens # h3
    Your distress is an understandable reaction to feeling cut off, not proof that you want too much. The trouble is that protest in the shape of more, sharper messages tends to hide the softer fear underneath. Alex sees the pressure rather than the longing, and may step back to get away from it. # CLASS: lens
    Codependency lens # h3
    This lens would notice how much of your afternoon now circles around Alex's phone. When feeling okay depends on their reply, anxious checking can turn into an effort to control something you cannot. It would gently point you back to your own day and your own feelings. # CLASS: lens
    Pattern: Reaching harder — When someone close seems far away, you reach for them more and more: extra messages, the same question asked again, a push for reassurance. # CLASS: pattern
    Drawn from: Are we mislabelling our needs for connection? · How to heal codependency in a relationship # CLASS: sources
    -> continue_to(-> the_standoff)
+ [Apologise for being “so much”, promise you'll stop worrying, and plan their favourite dinner.]
    You chose: Apologise for being “so much”, promise you'll stop worrying, and plan their favourite dinner. # CLASS: chosen
    What tends to happen next # h2
    Alex is likely to seem relieved, and the evening may feel easier. But what hurt you has not been said, and you have agreed, at least inside your head, to keep it to yourself. The distance often stays, now with a lid on it. # CLASS: outcome
    Attachment lens # h3
    Calling yourself “so much” treats an ordinary wish for closeness as a fault, and this lens would question that story. Wanting a partner who responds to you is normal, not excessive. Burying the need to keep the peace tends to leave you more anxious, and can even widen the gap. # CLASS: lens
    Codependency lens # h3
    Here the lens sees a familiar move: putting your own needs away to avoid conflict and keep Alex comfortable. Cooking and caring are not the problem; doing them to earn your place is. Over time this can leave you resentful and less sure of what you yourself want. # CLASS: lens
    Pattern: Keeping the peace — You say yes when you mean no, smooth things over, and put your own wishes away so the other person stays happy and conflict stays away. # CLASS: pattern
    Drawn from: Are we mislabelling our needs for connection? · How to heal codependency in a relationship · Dependence vs. codependence # CLASS: sources
    -> continue_to(-> the_standoff)
+ [Wait until evening, then say, “I pushed hard last night because I felt scared. What I really want is time with you. Could we go for a walk on Saturday?”]
    You chose: Wait until evening, then say, “I pushed hard last night because I felt scared. What I really want is time with you. Could we go for a walk on Saturday?” # CLASS: chosen
    What tends to happen next # h2
    Owning the push and naming the fear behind it often lowers the heat. Alex may soften, perhaps admit they have been checked out, and agree to the walk. It does not fix everything, but it opens a door. # CLASS: outcome
    Attachment lens # h3
    This turns protest into a clear bid: it lets Alex see the fear and the longing beneath last night's questions. When a partner can see that, they are often more able to move toward you. This is the kind of repair this lens hopes for. # CLASS: lens
    Codependency lens # h3
    This lens values that you took responsibility for your part without blaming Alex, and that you asked rather than demanded. It would still invite you to check in with yourself: is the apology honest, or a way of making yourself smaller? Owning your share is different from carrying all of it. # CLASS: lens
    Pattern: Asking plainly — You name what you feel and ask for something specific, gently and without blame, for example “I've missed you. Could we take a walk on Saturday?” # CLASS: pattern
    Drawn from: Are we mislabelling our needs for connection? · Love or codependence? · How to heal codependency in a relationship # CLASS: sources
    -> continue_to(-> the_talk)

=== cool_days ===
When your partner pulls away # CLEAR # h1
Step 2 of 3 # CLASS: progress
The situation # h2
A few days have passed. You have kept busy and acted breezy, and things at home are polite. If anything, Alex seems a little relieved that it is quiet. Nobody has mentioned the distance. # CLASS: situation
Underneath, you feel lonely in the same room. Then a friend messages: “Drinks on Friday? I haven't seen you in ages.” # CLASS: situation
Your response # h2
What do you do? # CLASS: question
+ [Keep it cool. Skip the drinks, say nothing to Alex, and wait to see whether they notice.]
    You chose: Keep it cool. Skip the drinks, say nothing to Alex, and wait to see whether they notice. # CLASS: chosen
    What tends to happen next # h2
    The stand-off tends to hold, with each of you waiting for the other to move first. Alex may read your quiet as you being fine and carry on as before. The loneliness often builds, and may come out later in a sharper way. # CLASS: outcome
    Attachment lens # h3
    Acting as if you do not care is a way of shielding yourself from the hurt of reaching out and not being met. But it keeps your need hidden, and a hidden need cannot be answered. This lens would see two people drifting further apart, each alone with it. # CLASS: lens
    Codependency lens # h3
    Waiting to see whether Alex notices quietly puts your wellbeing in their hands: your mood hangs on whether they reach for you. Turning down a friend also shrinks your world down to this one relationship. Independence here would mean looking after yourself without going cold. # CLASS: lens
    Pattern: Pulling back — When closeness feels risky or a talk feels too hard, you go quiet, keep busy or leave the room, and tell yourself you can handle it alone. # CLASS: pattern
    Drawn from: Are we mislabelling our needs for connection? · How to heal codependency in a relationship · Too needy? Attunement, interdependence and codependence # CLASS: sources
    -> continue_to(-> the_standoff)
+ [Say yes to your friend. Before you go, tell Alex, “I've missed you lately. Could we have a proper evening together this week?”]
    You chose: Say yes to your friend. Before you go, tell Alex, “I've missed you lately. Could we have a proper evening together this week?” # CLASS: chosen
    What tends to happen next # h2
    Time with your friend may remind you that you are more than this worry. And because you spoke to Alex, they know where you stand. They may not answer straight away, but the conversation has been started rather than shelved. # CLASS: outcome
    Attachment lens # h3
    Here you reach toward Alex with a clear, warm bid instead of waiting in silence, which keeps the bond in play. Saying what you miss gives Alex something concrete to respond to. This lens would be glad the need was spoken at all. # CLASS: lens
    Codependency lens # h3
    This lens likes the balance: a life of your own, with friends and plans, alongside an honest request to Alex. It fits the idea that you can stand on your own feet emotionally without pulling away. You are neither waiting by the phone nor pretending you do not care. # CLASS: lens
    Pattern: Looking after yourself — You keep up your own friends, interests, rest and plans, and you turn to people who care about you, even when someone close is struggling. # CLASS: pattern
    Drawn from: How to heal codependency in a relationship · Too needy? Attunement, interdependence and codependence · Are we mislabelling our needs for connection? # CLASS: sources
    -> continue_to(-> own_life)
+ [When the loneliness boils over one night, list everything Alex has stopped doing, all at once.]
    You chose: When the loneliness boils over one night, list everything Alex has stopped doing, all at once. # CLASS: chosen
    What tends to happen next # h2
    Days of holding it in tend to come out as a flood, and Alex is likely to hear it as an attack. They may defend themselves or shut down, and you may both go to bed hurt. The real point, that you miss them, can get buried under the list. # CLASS: outcome
    Attachment lens # h3
    After days of swallowing a real need, an outburst like this is very understandable. Feeling angry when a bond seems under threat is a normal part of how people are built. The pity is that the fear and longing underneath come out as blame, which makes it harder for Alex to move toward you. # CLASS: lens
    Codependency lens # h3
    This lens would notice the swing from holding everything in to letting it all out as blame. It would point toward honest, blame-free talk: saying what you feel and need, and listening without taking every word personally. Neither silence nor a list of grievances gives your need a fair hearing. # CLASS: lens
    Pattern: Reaching harder — When someone close seems far away, you reach for them more and more: extra messages, the same question asked again, a push for reassurance. # CLASS: pattern
    Drawn from: Are we mislabelling our needs for connection? · How to heal codependency in a relationship # CLASS: sources
    -> continue_to(-> the_standoff)

=== warmer_evening ===
When your partner pulls away # CLEAR # h1
Step 2 of 3 # CLASS: progress
The situation # h2
Alex put the phone down. “Sorry,” they said. “Work has been crushing me. I didn't realise I'd gone so far away.” You sat close for the rest of the evening, and it felt good. # CLASS: situation
But the next day they are back to late nights and short replies. You understand more now, yet the missing has not gone. You find yourself wondering how to hold on to what you had last night. # CLASS: situation
Your response # h2
What do you do? # CLASS: question
+ [Say, “Last night really helped. Could we make a regular time for us, even while work is heavy?”]
    You chose: Say, “Last night really helped. Could we make a regular time for us, even while work is heavy?” # CLASS: chosen
    What tends to happen next # h2
    Building on a good moment often feels less risky than starting from a hurt. Alex may be glad to have something concrete to say yes to. It opens a proper conversation about what you both need right now. # CLASS: outcome
    Attachment lens # h3
    You are letting Alex know their closeness matters and asking for more of it: a clear, hopeful bid. When partners stay reachable and responsive to each other, both tend to feel sturdier. This is how one good evening can grow into a habit. # CLASS: lens
    Codependency lens # h3
    This lens sees a request, not a demand, and a need you have owned and spoken. It might also ask you to notice whether the plan is something you both want, or something you will end up chasing on Alex's behalf. Effort flowing both ways is what it would look for. # CLASS: lens
    Pattern: Asking plainly — You name what you feel and ask for something specific, gently and without blame, for example “I've missed you. Could we take a walk on Saturday?” # CLASS: pattern
    Drawn from: Are we mislabelling our needs for connection? · Love or codependence? · Dependence vs. codependence # CLASS: sources
    -> continue_to(-> the_talk)
+ [Hold on to last night and fill your week with things you enjoy, a class, a friend, a long walk, while checking in with Alex each evening.]
    You chose: Hold on to last night and fill your week with things you enjoy, a class, a friend, a long walk, while checking in with Alex each evening. # CLASS: chosen
    What tends to happen next # h2
    Your days stop revolving around Alex's replies, and the anxious edge often softens. Because you stay in touch, the connection does not go silent. Alex may notice that you seem lighter. # CLASS: outcome
    Attachment lens # h3
    Checking in with Alex every day keeps you reachable, which matters to this lens. It would gently ask whether you have told Alex what you are missing, or whether you are quietly hoping they will notice. Keeping busy can be real self-care, or a softer way of not asking. # CLASS: lens
    Codependency lens # h3
    This lens sees something healthy here: time for your own interests and friends, and a steadiness that does not rest on Alex alone. You are looking after your own feelings while staying present with them. That is the kind of emotional independence it hopes for. # CLASS: lens
    Pattern: Looking after yourself — You keep up your own friends, interests, rest and plans, and you turn to people who care about you, even when someone close is struggling. # CLASS: pattern
    Drawn from: How to heal codependency in a relationship · Too needy? Attunement, interdependence and codependence · Are we mislabelling our needs for connection? # CLASS: sources
    -> continue_to(-> own_life)
+ [Take as much off Alex's plate as you can, the cooking, the errands, the bills, and stop bringing up what you need until work calms down.]
    You chose: Take as much off Alex's plate as you can, the cooking, the errands, the bills, and stop bringing up what you need until work calms down. # CLASS: chosen
    What tends to happen next # h2
    Alex may be grateful at first, and the house runs smoothly. But you are now carrying more while asking for less, and you may start to feel tired and unseen. The distance often stays, only now it is harder to bring up. # CLASS: outcome
    Attachment lens # h3
    Wanting to support a stressed partner is part of loving them, and couples do go through stretches where one leans more. What this lens would flag is the silence. A need for closeness that goes unspoken does not disappear, and the gap can quietly grow. # CLASS: lens
    Codependency lens # h3
    This lens would call this over-functioning: doing far more than your share to keep things running and keep Alex okay. It often starts from love, but can slide into resentment and exhaustion. You can care for Alex without solving every problem for them or pausing your own needs. # CLASS: lens
    Pattern: Carrying it all — You do far more than your share of the chores, money, planning or feelings, often before anyone asks, while the other person does less and less. # CLASS: pattern
    Drawn from: How to heal codependency in a relationship · Too needy? Attunement, interdependence and codependence · Are we mislabelling our needs for connection? # CLASS: sources
    -> continue_to(-> the_standoff)

=== the_standoff ===
When your partner pulls away # CLEAR # h1
Step 3 of 3 # CLASS: progress
The situation # h2
{
- asked_for_closeness:
    A couple of weeks ago you sat close to Alex and told them you missed them, and for one evening the gap between you closed. Since then it has crept back open. Whatever you have tried, the evenings feel tense and careful again, as if you are both stepping around something fragile. # CLASS: situation
    Tonight Alex comes home late. They drop their bag, glance at you and say, “I'm wiped. I'm going to bed.” The familiar knot tightens. Saying it plainly worked once, so why hasn't it lasted? You feel tired of this, and scared of where it is heading. # CLASS: situation
- went_quiet_first:
    Another week has gone by, and the distance has not closed. It started the night you went to bed early and told yourself you didn't need Alex close. Since then, what you feel has mostly stayed behind a calm face, or burst out in a way you didn't mean. # CLASS: situation
    Tonight Alex comes home late again. They drop their bag, glance at you and say, “I'm wiped. I'm going to bed.” The familiar knot tightens. It crosses your mind that Alex may still not know, in so many words, that you miss them. You feel tired of this, and scared of where it is heading. # CLASS: situation
- else:
    Another week has gone by, and the distance has not closed. Whatever you have tried, the evenings feel tense and careful, as if you are both stepping around something fragile. # CLASS: situation
    Tonight Alex comes home late again. They drop their bag, glance at you and say, “I'm wiped. I'm going to bed.” The familiar knot tightens. You feel tired of this, and scared of where it is heading. # CLASS: situation
}
Your response # h2
What do you do? # CLASS: question
+ [Say “Fine,” stay up on your own, and decide you are done trying.]
    You chose: Say “Fine,” stay up on your own, and decide you are done trying. # CLASS: chosen
    What tends to happen next # h2
    The evenings get quieter still. Alex may sense the chill without knowing what to do with it, so they keep their distance too. With nobody naming it, the pattern tends to settle in. # CLASS: outcome
    Attachment lens # h3
    Deciding you are done trying is often what hurt looks like after reaching out has not worked. It makes sense, but it closes the door on repair with someone who might still want to come back toward you. The need for closeness does not switch off; it tends to turn into a quieter ache. # CLASS: lens
    Codependency lens # h3
    This lens would gently say that going cold is not the same as a boundary. A boundary says clearly what is and is not okay for you; a wall shuts the other person out. Owning your feelings means letting them be known, not locking them away. # CLASS: lens
    Pattern: Pulling back — When closeness feels risky or a talk feels too hard, you go quiet, keep busy or leave the room, and tell yourself you can handle it alone. # CLASS: pattern
    Drawn from: Are we mislabelling our needs for connection? · How to heal codependency in a relationship · Love or codependence? # CLASS: sources
    -> continue_to(-> uneasy_quiet)
+ [Let tonight go. In the morning say, “I've been scared about us and I haven't said it well. I miss you. Can we talk this weekend?”]
    You chose: Let tonight go. In the morning say, “I've been scared about us and I haven't said it well. I miss you. Can we talk this weekend?” # CLASS: chosen
    What tends to happen next # h2
    Choosing a calmer moment gives the words room to land. Alex may be caught off guard, but hearing fear and missing instead of blame often draws them in. The weekend talk becomes a starting point. # CLASS: outcome
    Attachment lens # h3
    This lens sees the heart of repair: showing Alex the softer feeling under the tension and asking to reconnect. The anxiety all along was a signal that the bond needed attention, and now you are answering it directly. A partner who can see your fear is often better able to respond. # CLASS: lens
    Codependency lens # h3
    This lens values that you owned your part without blaming Alex, and asked rather than demanded. It would keep one eye on what comes next: in that talk, can you say what you need and also hear Alex, without taking on the job of fixing them? # CLASS: lens
    Pattern: Asking plainly — You name what you feel and ask for something specific, gently and without blame, for example “I've missed you. Could we take a walk on Saturday?” # CLASS: pattern
    Drawn from: Are we mislabelling our needs for connection? · Love or codependence? · How to heal codependency in a relationship # CLASS: sources
    -> continue_to(-> finding_your_way_back)
+ [Let them go to bed. Tomorrow, call a friend, book the class you keep putting off, and tell Alex you'd like to talk when they have room.]
    You chose: Let them go to bed. Tomorrow, call a friend, book the class you keep putting off, and tell Alex you'd like to talk when they have room. # CLASS: chosen
    What tends to happen next # h2
    You stop waiting for Alex to settle your nerves and start settling some of them yourself. Alex hears that you want to talk, without pressure. If they already know how much you have missed them, that may be all the invitation they need; if not, things may change slowly, but you feel less at the mercy of each evening. # CLASS: outcome
    Attachment lens # h3
    This lens is glad you have left a door open rather than closing it. It might gently ask whether “when they have room” could drift on for weeks. If you have already told Alex plainly that you miss them, an open invitation carries that message with it; if you have not, the need you felt tonight is for Alex, and it deserves a direct hearing. # CLASS: lens
    Codependency lens # h3
    This lens sees you looking after your own feelings, leaning on a friend and making space for your own interests. That is independence that stays connected rather than pulling away. Alex's mood no longer gets to decide yours. # CLASS: lens
    Pattern: Looking after yourself — You keep up your own friends, interests, rest and plans, and you turn to people who care about you, even when someone close is struggling. # CLASS: pattern
    Drawn from: How to heal codependency in a relationship · Are we mislabelling our needs for connection? · Too needy? Attunement, interdependence and codependence # CLASS: sources
    {
    - asked_for_closeness: -> continue_to(-> finding_your_way_back)
    - else: -> continue_to(-> steadier_ground)
    }

=== the_talk ===
When your partner pulls away # CLEAR # h1
Step 3 of 3 # CLASS: progress
The situation # h2
{
- asked_for_closeness:
    The time you asked for comes round, and you and Alex finally talk properly. They tell you work has been swallowing them whole. That evening on the sofa, when you said you missed them, they felt two things at once: glad you still wanted them close, and ashamed of how far they had drifted. Since then, they admit, they have been hiding in their phone so they don't have to feel they are letting you down. # CLASS: situation
    Then they ask, “Could you give me some space until this project is over? Maybe a month?” You feel relief at finally understanding, and a jolt of fear at the word “month”, so soon after you asked for more time together, not less. # CLASS: situation
- else:
    The time you asked for comes round, and you and Alex finally talk properly. They tell you work has been swallowing them whole. When you ask whether things are okay, they hear that they are letting you down, so they have been hiding in their phone. # CLASS: situation
    Then they ask, “Could you give me some space until this project is over? Maybe a month?” You feel relief at finally understanding, and a jolt of fear at the word “month”. # CLASS: situation
}
Your response # h2
What do you say? # CLASS: question
+ [Say, “I can give you room on weeknights. A whole month without real time together doesn't work for me, though. Could we keep Sundays for us?”]
    You chose: Say, “I can give you room on weeknights. A whole month without real time together doesn't work for me, though. Could we keep Sundays for us?” # CLASS: chosen
    What tends to happen next # h2
    Alex gets the room they asked for, and you keep a thread of closeness you can count on. They may hesitate and then agree, perhaps relieved to have a clear plan instead of a vague worry. Sundays become a small anchor for you both. # CLASS: outcome
    Attachment lens # h3
    This lens sees you taking Alex's stress seriously without giving up on the bond. A regular, dependable time together helps both of you trust that the connection is still there. That kind of reliability tends to make the weeks apart feel safer rather than lonelier. # CLASS: lens
    Codependency lens # h3
    This is a boundary that is not a wall: you say clearly what you can and cannot do, and leave Alex free to answer. You are neither abandoning your own need nor demanding that Alex drop everything. Both people's needs get a seat at the table. # CLASS: lens
    Pattern: Holding a limit — You say kindly and clearly what you will and won't do, such as “I won't ring in sick for you”, and you stay warm while you stick to it. # CLASS: pattern
    Drawn from: Are we mislabelling our needs for connection? · How to heal codependency in a relationship · Love or codependence? # CLASS: sources
    -> continue_to(-> finding_your_way_back)
+ [Agree to the space, and plan your weeknights around friends and your own interests, with a short check-in message to Alex each night.]
    You chose: Agree to the space, and plan your weeknights around friends and your own interests, with a short check-in message to Alex each night. # CLASS: chosen
    What tends to happen next # h2
    Alex gets breathing room, and you get your own evenings back. The nightly check-ins keep a thread running between you. Still, a month is long, and you may miss them more than you expected. # CLASS: outcome
    Attachment lens # h3
    This lens is glad you are keeping a line open with those nightly messages. It would also gently question giving up all real time together for a month: your wish for closeness is legitimate, and it can be spoken, not just managed. Stepping too far back can cost a chance to make the bond stronger. # CLASS: lens
    Codependency lens # h3
    This lens sees you respecting Alex's request without making yourself responsible for their stress, and building a life of your own alongside them. That is emotional independence without pulling away. It might add: check that agreeing comes from choice, not from fear of asking for more. # CLASS: lens
    Where the lenses differ # h3
    One lens worries a month apart lets the bond cool, the other sees you building a life of your own; staying in touch while you do both is where they meet. # CLASS: tension
    Pattern: Looking after yourself — You keep up your own friends, interests, rest and plans, and you turn to people who care about you, even when someone close is struggling. # CLASS: pattern
    Drawn from: Are we mislabelling our needs for connection? · How to heal codependency in a relationship · Too needy? Attunement, interdependence and codependence # CLASS: sources
    -> continue_to(-> steadier_ground)
+ [Say, “Of course, take all the time you need,” and quietly start handling everything at home so they have less to worry about.]
    You chose: Say, “Of course, take all the time you need,” and quietly start handling everything at home so they have less to worry about. # CLASS: chosen
    What tends to happen next # h2
    Alex is likely to feel relieved and grateful. You may feel good for a while too, since being helpful can feel like closeness. Over the month, though, you may find yourself tired, lonely and keeping score without meaning to. # CLASS: outcome
    Attachment lens # h3
    Giving a stressed partner room is caring, and relationships do have seasons when one person leans more. But this lens would notice that your own need for closeness has been packed away entirely. Needs that get denied do not vanish; they tend to come back as distress and more distance. # CLASS: lens
    Codependency lens # h3
    This lens would see over-functioning and people-pleasing: carrying the load and going without, to keep Alex comfortable and things calm. It often comes from a good heart, yet it can breed resentment and wear down your sense of self. You can love Alex and still leave some of their load with them. # CLASS: lens
    Pattern: Carrying it all — You do far more than your share of the chores, money, planning or feelings, often before anyone asks, while the other person does less and less. # CLASS: pattern
    Drawn from: How to heal codependency in a relationship · Are we mislabelling our needs for connection? · Too needy? Attunement, interdependence and codependence # CLASS: sources
    -> continue_to(-> uneasy_quiet)

=== own_life ===
When your partner pulls away # CLEAR # h1
Step 3 of 3 # CLASS: progress
The situation # h2
Over the past couple of weeks you have seen friends, gone back to swimming on Thursdays, and still checked in with Alex every evening. The worry has not vanished, but it no longer runs your whole day. # CLASS: situation
Alex is still working long hours. Then a message arrives: “Finishing early tomorrow for once! Want to do something? Oh wait, is that your swimming night?” # CLASS: situation
Your response # h2
How do you reply? # CLASS: question
+ [Skip swimming and reply, “Yes! I've really missed you. Could we make time like this a regular thing?”]
    You chose: Skip swimming and reply, “Yes! I've really missed you. Could we make time like this a regular thing?” # CLASS: chosen
    What tends to happen next # h2
    Alex reached toward you, and you reached back and said what you would like. The evening is likely to feel warm, and the request gives you both something to build on. Missing one swim costs you little. # CLASS: outcome
    Attachment lens # h3
    This lens sees two bids meeting: Alex turned toward you, and you turned toward them and named your longing. Responding to each other like this is what helps a bond feel safe. It is a chance for repair, taken. # CLASS: lens
    Codependency lens # h3
    This lens is comfortable with this, as long as it is a real choice. Giving up one evening for a rare chance to connect is ordinary give and take. It would only ask you to notice whether you would feel just as free to keep swimming next time. # CLASS: lens
    Where the lenses differ # h3
    The attachment lens sees two bids meeting; the codependency lens agrees, as long as skipping the swim was a free choice you could make the other way next time. # CLASS: tension
    Pattern: Asking plainly — You name what you feel and ask for something specific, gently and without blame, for example “I've missed you. Could we take a walk on Saturday?” # CLASS: pattern
    Drawn from: Are we mislabelling our needs for connection? · Too needy? Attunement, interdependence and codependence · How to heal codependency in a relationship # CLASS: sources
    -> continue_to(-> finding_your_way_back)
+ [Keep swimming, and reply, “I'd love that! Thursday is my swim, though. Could we do Friday instead?”]
    You chose: Keep swimming, and reply, “I'd love that! Thursday is my swim, though. Could we do Friday instead?” # CLASS: chosen
    What tends to happen next # h2
    You keep something that matters to you and still give Alex a warm yes. They may be a little disappointed, or simply glad to have a plan. Friday becomes something to look forward to. # CLASS: outcome
    Attachment lens # h3
    This lens might pause here. Alex has finally reached toward you, and a bid that is turned aside, even kindly, can feel like a small no. Offering another night keeps the door open, but it is worth making sure Alex hears how glad you are. # CLASS: lens
    Codependency lens # h3
    This lens sees a gentle boundary: you keep your own commitment without guilt and still make room for Alex. A life of your own, and a no when something matters to you, are part of a balanced relationship. It also trusts Alex to cope with a small no. # CLASS: lens
    Where the lenses differ # h3
    One lens hears a rare bid you might not want to turn aside, the other a boundary worth keeping; offering another night can honour both. # CLASS: tension
    Pattern: Holding a limit — You say kindly and clearly what you will and won't do, such as “I won't ring in sick for you”, and you stay warm while you stick to it. # CLASS: pattern
    Drawn from: Are we mislabelling our needs for connection? · How to heal codependency in a relationship · Too needy? Attunement, interdependence and codependence # CLASS: sources
    -> continue_to(-> steadier_ground)
+ [Reply, “Whatever works for you! I'm free any time,” and keep the rest of your week clear, just in case.]
    You chose: Reply, “Whatever works for you! I'm free any time,” and keep the rest of your week clear, just in case. # CLASS: chosen
    What tends to happen next # h2
    Alex may be pleased, and the evening itself could be lovely. But clearing your week in case they have time tends to put your life back on hold around theirs. If work swallows them again, the drop can feel steep. # CLASS: outcome
    Attachment lens # h3
    Saying yes to a partner who reaches for you is responsive, and this lens would welcome the time together. It might just note that you have not said what you have been missing, so Alex may not know how much this evening means. Needs kept quiet are harder for a partner to meet. # CLASS: lens
    Codependency lens # h3
    This lens would notice the shift from a life with its own shape to planning your days around Alex's free time. It often comes from fear of missing a rare chance, or of Alex drifting again. Keeping your own commitments is part of not losing yourself in someone else's schedule. # CLASS: lens
    Pattern: Keeping the peace — You say yes when you mean no, smooth things over, and put your own wishes away so the other person stays happy and conflict stays away. # CLASS: pattern
    Drawn from: Are we mislabelling our needs for connection? · How to heal codependency in a relationship · Dependence vs. codependence # CLASS: sources
    -> continue_to(-> uneasy_quiet)

=== finding_your_way_back ===
When your partner pulls away # CLEAR # h1
Ending # CLASS: progress
Finding your way back # h2
A few weeks on, you and Alex are closer than you were. Not everything is solved: work still eats into their evenings, and the worry still flickers in you sometimes. But you have said out loud what you were missing, and Alex was able to hear it as an invitation rather than a complaint. # CLASS: situation
You know a little more about what has been weighing on them, and they know more about you. When the distance creeps back, it feels less like a verdict and more like something you can talk about. # CLASS: situation
To reflect on # h2
What helped you put your need into words this time, and what might help you do it again when the worry comes back? # CLASS: reflection
-> END

=== steadier_ground ===
When your partner pulls away # CLEAR # h1
Ending # CLASS: progress
Steadier on your own feet # h2
Alex is still stretched thin, and some evenings are quieter than you would like. But your days have more in them again: friends, things you enjoy, a sense of your own shape. A slow reply no longer takes over the whole evening. # CLASS: situation
You are still reaching toward Alex, just from steadier ground. Nothing is fully settled, and there may be more you want to say about what you miss. For now, it feels like a place where you can breathe. # CLASS: situation
To reflect on # h2
What helps you feel like yourself, and how would you like that to sit alongside your closeness with Alex? # CLASS: reflection
-> END

=== uneasy_quiet ===
When your partner pulls away # CLEAR # h1
Ending # CLASS: progress
An uneasy quiet # h2
A few weeks on, things between you and Alex look calm from the outside. There are fewer sharp moments, and some evenings are nice. But what you have been feeling has not really been said, and the distance comes and goes. # CLASS: situation
You may notice a pattern taking shape: when Alex drifts, you reach harder, go quiet or make yourself smaller, and they tend to step back a little further. That is not a failure, and it is not fixed. Patterns like this are common, they often start long before the relationship, and they can shift, often with some support. # CLASS: situation
To reflect on # h2
If you could tell Alex one true thing about how these weeks have felt, not perfectly, just honestly, what would it be? # CLASS: reflection
-> END

