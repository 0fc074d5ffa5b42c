"""Hand-written English (US) text pools for the Veloz demo data (used by generate.py)."""

LANG = "en"

TAGS = ["#Veloz", "#veloz", "#VelozCard", "#VelozPlus", "#BlackFriday"]

CITIES = {"us": ["Miami", "Orlando", "Houston", "Austin", "Dallas", "Newark", "Boston", "Atlanta", "Chicago",
                 "San Diego", "Phoenix", "Tampa", "Jersey City", "San Antonio", "Los Angeles", "Queens", "Fort Lauderdale"]}
COURIERS = ["Marcus", "Luis", "Tanya", "Dre", "Ms. Linda", "Jay", "Carlos"]
STORES = {"us": ["Amazon", "Walmart", "Target", "Temu", "Costco"]}
BANKS = {"us": ["Chase", "Capital One", "Amex", "Chime", "Discover"]}
LAUGH = {"us": ["lol", "lmao", "LMAO", "😂", "haha", "💀"]}
CATS = ["electronics", "home", "kitchen", "fashion", "groceries", "gaming", "beauty", "pet stuff", "laptops"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WRONG = {"us": ["a phone case", "a pack of socks", "a knockoff charger", "an empty box", "the wrong model",
                "the wrong color", "a bath mat", "a bag of cat litter"]}
COUPONS = ["VELOZ", "WELCOME", "APP", "FALL", "SAVE"]

NEUTRAL = {
    "question": [
        "does {V} deliver to {city} yet? saw {uart} for cheap on there but never ordered from them",
        "is the Veloz Card worth it if you don't spend much? is it actually no annual fee or is there a catch",
        "anyone have VelozPlus? is the free shipping worth it or only if you order every week",
        "how long does {V} usually take to {city}? ordered {uart} yesterday",
        "does Veloz Card cashback post right away or does it take a few days?",
        "{V} or {store} for {uart}? been going back and forth for a week",
        "{@} do you have any physical stores in {city} or is it online only?",
        "{@} does code {coupon} work on {cat} too?",
        "anyone work at {V}? how's the culture? thinking of applying to the {city} warehouse",
        "how do you become a Veloz Entrega driver? do you need a car or is an ebike ok?",
        "how do I change the delivery address in the {V} app after paying? can't find it anywhere",
        "if I cancel VelozPlus do I lose the coupons already in my account?",
        "does the Veloz Card limit go up on its own or do you have to request it?",
        "has anyone ordered groceries from {V}? does the produce show up ok?",
        "does {V} take EBT for groceries? 🤔",
        "anyone bought a phone from {V}? sealed box, real warranty?",
        "wait is {V} a Brazilian company? my coworker said so and I'm confused {kkk}",
        "do they have pickup lockers? I'm never home during the day. {V} people help",
        "is the Veloz Card a real credit card or one of those prepaid things",
        "{@} are you doing Black Friday deals this year?",
        "what's the difference between VelozPlus and the Veloz Card? same account?",
        "anyone have a phone number for {V} customer service? all I can find is the chatbot",
        "does {V} ship to Puerto Rico?",
        "{V} vs {store} for household stuff in {city}, who's faster in your experience?",
        "how's the Veloz Card foreign transaction fee? going to Mexico next month",
        "is {V}'s extended warranty their own or a third party? anyone actually used it?",
        "can you pay the Veloz Card bill from a different bank app or only through theirs?",
    ],
    "promo": [
        "🔥 {V} code {coupon} = {pct}% off {cat} rn. go go go",
        "{V} has {uart} for {amount}. good price or fake black friday markup? 👀",
        "free shipping on {V} orders over $35 through Sunday {tag}",
        "signed up for the Veloz Card just for the {cash} welcome cashback not gonna lie",
        "the new {V} ad with the delivery dog is so dumb and I love it {kkk}",
        "{V} is giving 3 free months of VelozPlus if you activate the card. anyone done it?",
        "if anyone needs {uart}, it's {amount} on {V} right now. not an ad, just cheap",
        "my {V} cart: 14 items. my bank account: $37. we ride at dawn",
        "double cashback on Veloz Card for {cat} this week fyi",
        "downloaded the {V} app for the {pct}% off code and already spent more than I saved. classic",
        "{V} emailed me a birthday coupon, ok I see you 👀",
        "{V} doing a live shopping stream tonight at 8 with extra discounts, anyone watching?",
    ],
    "opinion": [
        "tried {V} and {store} this month. {V} was faster, {store} was cheaper. pick your poison",
        "new {V} app looks nice but they moved the tracking button and it took me 5 min to find it",
        "honestly {V} is fine. don't love it, don't hate it. stuff shows up on time",
        "the Veloz Card feels a lot like early {bank}. we'll see if it sticks",
        "seeing a ton of {V} delivery ebikes around {city} lately, they're growing fast",
        "anyone else think {V} sends way too many push notifications? turned them all off",
        "interesting that a Brazilian company is trying to compete with {store} in the US. bold move",
        "unpopular opinion: VelozPlus is only worth it if you do groceries. electronics, nah",
        "{V}'s packaging got way better, paper instead of plastic air pillows now. points for that",
        "the {V} support bot is named Vel and it's way too cheerful {kkk}",
        "{V} wins on speed, loses on price. depends how fast you need it",
        "ngl the Veloz Card has the same purple gradient as every other fintech card",
        "don't get the {V} hype. ordered once, it came. it's a store, folks",
        "{V} and {store} fighting a free shipping war and honestly we win",
        "{V}'s points program is so confusing, I never know what a point is worth",
        "I'd use {V} more if they had evening delivery slots, I work till 7",
        "marketplace sellers on {V} are hit or miss, check the ratings before buying",
        "as someone who used {V} in Brazil, the US version is way more limited. hope they expand",
        "lowkey the {V} app is the only shopping app that doesn't make me want to throw my phone",
        "paying extra for 2-hour delivery from {V} feels fair to me. in a rush, you pay",
    ],
    "joke": [
        "me: I'm saving money this month\nalso me at 2am: *opens the {V} app*",
        "the {V} driver knows my name, my dog's name, and that I answer the door in pajamas. we're basically dating",
        "{V} box arrived and the cat moved in immediately 🐈📦",
        "{V} delivers faster than I reply to texts",
        "woke up to 'your order has arrived!' from {V} and had no idea what I ordered. it was a garlic press. 2am me is unhinged",
        "I have more {V} boxes than furniture at this point",
        "adulthood is being genuinely excited that the vacuum from {V} came",
        "my dog barks at every delivery person except the {V} guy. pretty sure he's getting bribed with treats",
        "the {V} chatbot called me 'valued customer' and honestly that's the nicest thing anyone's said to me all week",
        "my mom calls every delivery driver 'the Veloz guy' now {kkk}",
    ],
    "news_share": [
        "{V} is opening a fulfillment center in {city}, supposedly 500 jobs {link}",
        "{V} grew {pct}% last quarter but still losing money outside Brazil {link}",
        "interesting read on how {V} does last-mile routing: {link}",
        "TIL {V} has like 5 million Veloz Card customers in Brazil",
        "{V} CEO says the US is a 'long game'. translation: not profitable yet {link}",
        "{V} raised another round apparently, money for the card business {link}",
    ],
    "unrelated": [
        "Toyota Veloz review: surprisingly roomy for a small MPV. not sold in the US though",
        "anyone here drive a Toyota Veloz? thinking of getting one while I'm in Manila",
        "learned today that 'veloz' means fast in Spanish and Portuguese. Duolingo streak continues 🦉",
        "my Spanish teacher's favorite word is 'veloz' and she uses it for everything",
        "Speedy Gonzales, 'el ratón más veloz de todo México', still iconic",
    ],
    "youtube": [
        "bought {uart} after this video, from {V}, arrived in 2 days",
        "where'd you buy it? {V} has it for {amount}",
        "the {V} link in the description is broken",
        "honest review, unlike the {V} sponsored stuff that's all praise",
        "came here from the {V} ad {kkk}",
        "is this sponsored by {V}? not disclosed anywhere",
        "the {V} ad before this was better than the video {kkk}",
        "used the channel's code on {V} and it worked, thanks!",
        "my experience with {V} was similar, nothing special but no problems",
        "would love a video comparing the Veloz Card vs {bank}",
    ],
}

EVENTS = {
    "outage": [
        "is the {V} app down? just getting a white screen",
        "{V} app down and my cart was ready {kkk}",
        "{@} app down? can't even log in",
        "{V} is back up for me now fyi",
    ],
    "blackweek": [
        "{V} early Black Friday: got {uart} for {amount}. we'll see if it shows up before Christmas {kkk}",
        "{V} site crawling today, Black Friday traffic I guess",
        "are {V}'s Black Friday deals real or the usual raise-then-discount trick?",
    ],
    "leak": [
        "{V} put out a statement saying there was no breach. where did that rumor even come from?",
    ],
}

POLITE = [
    "I heard {V} sells customer data to third parties. Is that true? Anyone know anything official?",
    "saw a TikTok saying {V} is about to go bankrupt. is that real? I have cashback sitting there",
    "Is it true {V} underpays its delivery drivers? Genuinely asking before I sign up for VelozPlus",
    "A friend says the Veloz Card has hidden fees. Anyone who has it can confirm?",
    "Got a forwarded message saying {V} had a data breach. Anyone seen an official statement or is it fake?",
    "someone told me {V} resells returned items as new. is that a thing?",
    "{@} is it true you're ending free shipping for VelozPlus? saw some rumors",
    "Honest question: is {V} under investigation for something? saw it in a comment and can't find anything",
]

FAN = [
    "ordered {uart} last night and it showed up today at {hour} 😍 {V} never misses",
    "{V} saved me, forgot my mom's birthday gift and they delivered in 3 hours here in {city} 🙏",
    "{V} support is 10/10. my {product} came defective and they swapped it in 2 days, no hassle",
    "VelozPlus is the best money I spend every month. free shipping on literally everything",
    "Veloz Card gave me {cash} cashback this month, love it",
    "the {V} driver today was a gem, carried it up 4 flights because the elevator was broken. thank you {courier}! 💜",
    "{@} you guys rock, arrived early and super well packed ❤️",
    "bought {uart} from {V}, arrived in {n} days, everything perfect. highly recommend",
    "ordered at 10am and it was here by 2pm. {V} is on another level fr",
    "holy shit {V} delivered on a Sunday night. didn't know that was possible",
    "{V} chat fixed my issue in 5 min. still in shock {kkk}",
    "first order from {V} and I'm sold. nice packaging, arrived early",
    "{V} refund hit my account in 1 business day. never seen that anywhere",
    "not one to praise companies but {V}'s after-sales deserves it",
    "love that {V} pings you when the driver is 5 min away",
    "canceled VelozPlus in 2 taps, no call, no guilt trip. that's how it should be",
    "returned {uart} that didn't work out, they picked it up at my door and the money's already back. perfect",
    "{V} approved me for the Veloz Card with a thin credit file. grateful 🙌",
    "10/10 to {V}: accurate tracking, friendly driver, genuine product",
    "my {product} from {V} just arrived!!! {emo}{emo}",
    "used the Veloz Card in Mexico and the exchange rate beat my bank's. nice",
]
FAN_YT = [
    "bought {uart} from {V} after this video and it came in 2 days, perfect",
    "the {V} ad is the only one I don't skip {kkk}",
    "bought 3 times from {V} on this channel's recommendation, zero issues",
]
FAN_EVENT = {
    "blackweek": ["{V}'s early Black Friday was legit. got {uart} for {amount} and it's already here"],
}

COMPLAINT = {
    "late": [
        "my order {order} was supposed to arrive {due} and still nothing. tracking hasn't moved in {days} days",
        "bought {uart} on {date}, promised {n} business days, now {days} days and counting",
        "tracking on order {order} has said 'out for delivery' since {date}. out where??",
        "{days} days late on order {order} and nobody can give me an ETA. chat just says 'please wait'",
        "order {order}: ETA was {due}, moved to {due2}, and today the ETA just disappeared from the app",
        "paid for express shipping on order {order} to get it next day. it's been {days} days",
    ],
    "damaged": [
        "my {product} arrived with the box crushed and the thing broken. order {order}. I have photos and an unboxing video",
        "got my {product} today (order {order}) and it won't turn on. seal was already broken",
        "opened the box and the {product} was cracked. requested a replacement on {date}, still 'under review'",
        "{product} arrived scratched and missing parts. I paid {amount} for new, not a floor model",
        "{product} is defective, keeps shutting off by itself. order {order}, 3 days of use",
    ],
    "wrong": [
        "ordered {uart} and got {wrong}. ORDER {order}. how",
        "paid {amount} for {uart} and received {wrong}. return is open, I just want what I paid for",
    ],
    "marked_delivered": [
        "app says order {order} was delivered today at {hour}. NOBODY came. I have a doorbell camera",
        "order {order} shows delivered since {date}. never got it, front desk confirms no {V} driver came",
        "{V} marked my {product} as delivered and I never got it. the signature on the proof of delivery isn't mine. order {order}",
    ],
    "double_charge": [
        "got charged twice on my Veloz Card for the same {amount} purchase on {date}. I want the duplicate reversed",
        "Veloz Card statement has the {amount} purchase twice. disputed it in the app, nothing",
    ],
    "refund": [
        "canceled order {order} on {date} and the {amount} refund still hasn't posted. they said 5 business days",
        "returned the {product} {days} days ago, {V} confirmed they got it, so where's my {amount}?",
        "refund for order {order} has been 'processing' for {days} days. {amount} is real money to me",
    ],
    "subscription": [
        "canceled VelozPlus in {month} and they keep charging me {plus}. I have a screenshot of the cancellation",
        "getting charged for VelozPlus and I never signed up. 'auto-renewal' {plus} on my card",
        "VelozPlus auto-renewed after the free trial with zero warning. {plus} taken on {date}",
    ],
    "app_payment": [
        "{V} app froze at checkout, {amount} left my account and there's no order",
        "tried to check out 3 times, error all 3 times, now 3 pending charges of {amount} on my card",
        "code {coupon} shows as valid then disappears at payment. tried the app and the website",
    ],
    "support": [
        "{days} days trying to reach a human in {V} chat. the bot keeps telling me to 'check tracking'. order {order}",
        "called {V} support 4 times today, dropped all 4 after 20 min on hold. case #{proto}",
        "every {V} agent tells me something different about order {order}. one says lost, one says in transit",
    ],
    "installation": [
        "installation for my {product} was scheduled {date} 8–12. took time off work, nobody showed",
        "{V} sells the {product} with 'installation included' and rescheduled twice already. it's been boxed in my living room for {days} days",
    ],
    "cashback": [
        "the {cash} cashback from order {order} vanished from the app. it was there yesterday",
    ],
    "card_blocked": [
        "my Veloz Card got locked out of nowhere and the app just says 'contact us'. contact who? nobody answers",
        "Veloz Card declined at the grocery store today with available credit and a paid-off balance. embarrassing",
    ],
    "price_change": [
        "{product} was {amount} in my cart and jumped to {amount2} at checkout. that's bait and switch",
        "advertised free shipping, charged me {small} shipping on order {order}",
    ],
    "missing_items": [
        "ordered groceries from {V}, got 7 of 12 items and was charged for all of it ({gamount}). order {order}",
    ],
    "courier": [
        "{V} driver threw the box over my fence. the {product} has a dented corner. order {order}",
        "they left my order {order} on the sidewalk in the rain without ringing the bell. box soaked",
    ],
}
COMPLAINT_EVENT = {
    "outage": [
        "{V} app crashed right at checkout. {amount} gone from my account and no order. now what?",
    ],
    "blackweek": [
        "bought {uart} in {V}'s early Black Friday for {amount}, 2 days later canceled for 'out of stock'. listing's still up, now {amount2}",
        "order {order} from the Black Friday sale with a delivery estimate in JANUARY? I paid for express",
    ],
}
OPENERS = ["{@}", "{@} {@h}", "hey {@}", "{@h} help", "anyone from {V} here?", "{@h}", "{@}"]
PRE_MAD = {
    1: ["seriously?", "unbelievable.", "come on.", "losing my patience here.", "ugh."],
    2: ["WTF.", "are you fucking kidding me.", "this is bullshit.", "what the hell, {V}.", "FFS."],
}
POST_MAD = {
    1: ["😒", "🙄", "disappointing.", "not great."],
    2: ["absolute bullshit", "so fucking done", "🤬🤬", "what a shitshow"],
}
ASK = ["I want my money back.", "please fix this.", "case #{proto} opened, nothing.", "can someone from {V} respond?",
       "filing a chargeback if this isn't fixed by tomorrow.", "guess I'm going to the BBB.",
       "it was my kid's birthday present.", "I need this for work.", "sent a DM.", "please answer my DM.",
       "I just want a resolution.", "has this happened to anyone else?"]
DETAIL = ["Tried chat, phone and email.", "I have screenshots of everything.",
          "Been a customer for a while, first time this happens.", "Support just copy-pastes the same reply.",
          "I don't want a coupon, I want it fixed."]
FOLLOW_OPEN = [
    "{days} days. order {order}. not a word from {V}",
    "{@h} any update on order {order}?",
    "still waiting on the {amount} refund, {V}",
    "{V} chat closed my case without fixing anything. order {order}",
    "update: order {order} still unresolved. case #{proto}",
    "{days} days and nothing. {@h} hello?",
    "just checking in to say {V} still hasn't fixed this. order {order}",
    "where's my refund, {V}? it's been {days} days",
    "was promised a callback in 48h. that was 5 days ago. order {order}",
]
FOLLOW_RESOLVED = [
    "order {order} finally sorted, {amount} refunded. thanks {@h}",
    "update: my {product} showed up {days} days late, but it came. thanks {@h}",
    "resolved: {V} sent a replacement {product} at no cost. order {order}",
    "for the record, {V} resolved order {order} after I escalated. thanks",
    "update: {V} fixed it, refund posted today. thanks for following up {@h}",
    "update: it came! late but it came. thanks {V} for answering the DM",
    "resolved. {V} replaced it and threw in a coupon. for the record",
    "{V} called me and sorted it out. took a while but 👍",
]
REDDIT_CONTEXT = ["Never ordered from them before, hence the question.", "Would love to hear from people who actually use it.",
                  "Thanks in advance!", "Searched the sub and didn't find anything recent.",
                  "Edit: thanks for all the replies."]
REDDIT_TITLES = {
    "complaint": ["Veloz won't fix my issue, what are my options?", "Terrible experience with Veloz",
                  "Anyone else dealing with this from Veloz?", "PSA: document everything with Veloz support"],
    "neutral": ["Is the Veloz Card worth it?", "VelozPlus worth it?", "Veloz vs Amazon for groceries?",
                "Anyone here use Veloz in the US?"],
    "fan": ["Positive Veloz experience for once"],
}
SUBREDDITS = {"us": ["personalfinance", "CreditCards", "miami", "houston", "Frugal", "Austin"]}

SPAM = [
    "💸 make $500/day from home, link in bio #veloz #deals",
    "VELOZ GIFT CARD GENERATOR 2026 working 100% 👉 {spamlink}",
    "cheap followers real accounts DM me #veloz #marketing",
    "🎁 GIVEAWAY: free iPhone to the first 100 who sign up at {spamlink} #Veloz",
    "$VLZ token launching soon 🚀🚀 not affiliated with Veloz lol but same energy {spamlink}",
]

HN = [
    "Veloz's engineering blog post on their Pix reconciliation pipeline is a good read. Event sourcing on Kafka, nothing exotic, but the idempotency-key section is solid.",
    "Interesting that Veloz is issuing cards in-house in Mexico instead of going through a BaaS provider. That's a lot of regulatory surface for a retailer.",
    "I worked adjacent to Veloz's logistics team a couple of years ago. Last-mile routing was OR-Tools plus a lot of per-city hand tuning. Not magic, just relentless ops.",
    "Veloz is basically trying to be Mercado Libre + Nubank + Rappi at once. LatAm delivery margins are brutal; curious how long the cross-subsidy lasts.",
    "The Veloz Android app is ~180 MB. For a shopping app in markets with lots of low-end phones, that's a self-inflicted wound.",
    "Veloz's status page during the Oct 14 outage said 'degraded performance' for four hours while checkout was completely down. Classic.",
    "Ask HN: anyone interviewed at Veloz? Their take-home was a delivery ETA estimator, which was actually a fun problem.",
    "Retailers becoming banks is the oldest trick in the book. The card is where the margin is; the delivery app is customer acquisition. Veloz is no different.",
    "Not sure 'Veloz' is a great name for the US market; half the people I've asked think it's a car.",
    "Veloz open-sourced their feature flag service last year. It's decent Go, though the docs are mostly in Portuguese.",
    "The duplicate-charge bug on the Veloz Card sounds like a retry without an idempotency key. It's always the retry.",
    "Drone delivery pilots are mostly PR. The Veloz one in Sorocaba covers an 8 km radius with a 2 kg payload. That's a pharmacy, not a retailer.",
    "I use Veloz in São Paulo and the 2-hour delivery is genuinely impressive. Whether it's sustainable is another question.",
    "Re: the Veloz leak rumor: the sample posted on that forum had CPF numbers with invalid check digits. Looks fabricated to me.",
    "Veloz publishes p99 latency numbers in their quarterly tech report. More companies should do that.",
    "The interesting part of the Veloz earnings call was the credit book, not GMV. 4.1% delinquency is fine for Brazil, but they're growing it fast.",
    "Veloz's mobile team gave a good talk on offline-first carts at a conference in Florianópolis. Slides are on their blog.",
    "Veloz is hiring SREs remote from LatAm, paid in USD. That's going to make local hiring harder for everyone else.",
    "Every marketplace eventually hits the counterfeit problem. Veloz's seller verification seems stricter than most, for now.",
    "Show HN: I built a tracker that scrapes Veloz price history so you can check whether Black Friday discounts are real",
    "This is the third fintech I've seen with a purple gradient card. Veloz, Nu, and some European one. Design convergence is real.",
    "Veloz's approach to Pix refunds (instant reversal if the order isn't confirmed within 10 min) is smart UX when it works.",
    "What I'd like to know is how Veloz handles chargebacks across three or four regulatory regimes. Must be a nightmare.",
    "Their courier app is React Native and the warehouse stuff is Kotlin, per the Veloz careers page. Nothing surprising.",
    "Veloz's public API docs are better than most banks'. The sandbox actually works.",
    "Anecdotally Veloz support in the US is much slower than in Brazil. Probably a tiny team here.",
    "Grocery delivery is where these super-apps go to die. Curious whether Veloz keeps it after the next funding crunch.",
    "For context: Veloz started as a marketplace in Campinas around 2016 and bolted on logistics, then the card. Classic LatAm super-app arc.",
]
HN_TITLES = [
    "Veloz: How we reconcile 40M Pix payments a month",
    "Brazilian retailer Veloz raises $300M for card business",
    "Show HN: Price history tracker for Veloz",
    "Veloz app outage postmortem",
    "Ask HN: Anyone interviewed at Veloz?",
    "Veloz denies data breach",
]

NEWS_OUTLETS = [
    ("Retail Wire Daily", "retailwiredaily.com"),
    ("The Fintech Ledger", "thefintechledger.com"),
    ("LatAm Tech Review", "latamtechreview.com"),
]
NEWS = [
    ("2026-09-23", ["Brazil's Veloz eyes US expansion beyond Florida and Texas"],
     "The delivery-and-fintech group wants same-day delivery in five more metro areas by late 2027."),
    ("2026-10-01", ["Veloz raises $300M to fund card business and US logistics",
                    "Veloz closes $300M round led by growth investors"],
     "The round values the company at about $4.8 billion, people familiar with the deal said."),
    ("2026-10-08", ["How Veloz built 2-hour delivery in São Paulo"],
     "Dark stores every 3 km, a homegrown routing engine and a lot of motorcycles."),
    ("2026-10-14", ["Veloz app suffers multi-hour outage across four countries"],
     "The company blamed a cloud provider; checkout and tracking were unavailable for about four hours."),
    ("2026-10-22", ["Veloz Card launches in Mexico, targeting 1M cardholders by 2027"],
     "No annual fee and 3% grocery cashback; approval is done in-app."),
    ("2026-11-04", ["Veloz confirms duplicate charges on some Brazilian card statements"],
     "About 0.8% of November statements were affected; the company says reversals are automatic."),
    ("2026-11-06", ["Veloz denies data breach, says leaked list is fake"],
     "The company said the records posted on a forum do not match its customer database."),
    ("2026-11-11", ["Veloz Q3: revenue up 31%, Mexico still loss-making"],
     "Credit now accounts for 18% of gross profit as the Veloz Card portfolio grows."),
    ("2026-11-16", ["Veloz kicks off early Black Friday in the US with same-day delivery in Miami and Houston"],
     "The retailer is betting on speed rather than price to win shoppers from bigger rivals."),
    ("2026-11-20", ["Veloz couriers in São Paulo stage work stoppage over fees"],
     "Couriers are asking for a 20% increase in the minimum per-trip payment."),
]
