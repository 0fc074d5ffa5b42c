"""Hand-written English sentence pools (US/UK/generic).

Format: one template per line. Optional tag prefix before the first '|':
comma-separated sector tags (bank, tel, air, shop, food, tech, strm, util,
ride, health, travel) and region tag uk (pounds, UK cities).
Slots in braces are filled by make_seed.py.
Written by the project's developers (LLM-assisted); fully synthetic.
"""

POOLS = {
    "other": {
        "ad": """
shop|Black Friday starts NOW at {b}! Up to 70% off {prod} + free shipping 🔥 {url}
bank|No more waiting in line. Open a {b} account in 5 minutes, zero monthly fees.
bank|Tired of hidden fees? The {b} card has no annual fee. Ever. Apply: {url}
tel|Internet keeps dropping? Not with {b} fiber. Plans from {amt}/mo.
food|Hungry? Code FIRSTBITE gets you {amt} off your first {b} order. Today only!
air|Flights to {city} from {amt}! Limited time only ✈️ {url}
strm|Never run out of things to watch: {b} for {amt} on the annual plan.
tech|Meet the new {b} {prod}: two-day battery, a camera that sees in the dark. Pre-order now.
util|Sign up for paperless billing with {b} and get entered to win a year of free power.
shop|Prices so low they're criminal 😱 This week only at {b}. {url}
Say goodbye to hold music: 24/7 support over chat. {b}, always on your side.
ride|Your first ride is on us. Use code GOGOGO on {b}. Ends Sunday.
food|Late delivery? Your next order's free. That's the {b} promise 🛵
bank|No paperwork. No fine print. Instant loans with {b}. Subject to approval.
tel|{b} prepaid: 30GB + unlimited texts for {amt}. Keep your number, switch in a day!
shop|Clearance event: {prod} with 0% financing for 12 months. While stocks last! {t}
health|Sick of surprise medical bills? {b} plans come with transparent pricing.
travel|Summer's coming! {city} packages with hotel + flight from {amt}. Link in bio.
strm|NOW STREAMING on {b}: the show everyone's talking about. Hit play {url}
tech|{amt} off the entire {b} lineup with code SAVE10 at checkout.
shop|"Best purchase I've made all year" — real {b} customer ⭐⭐⭐⭐⭐ {url}
bank|Split any purchase into 4 payments, right in the {b} app. No interest.
shop|GIVEAWAY! Follow {h}, like and tag 3 friends to win a {prod}. Winner picked {date}.
tel|Done with carriers that leave you hanging? Switch to {b}. 100% fiber, 0% headaches.
food|Two-for-Tuesday: buy one burger, get one free at {b} 🍔
air|Flash sale at {b}: 40% off domestic fares until midnight!
util|{b} update: our new online portal is live. Pay your bill in two clicks.
shop|Hassle-free returns: 30 days to change your mind at {b}. Shop worry-free.
bank|Drowning in debt? {b} consolidation loans could cut your payments in half.
strm|Plans from {amt}. Cancel anytime, no penalty. {b}.
tech|Phone acting slow? Trade it in for a {b} and get up to {amt} credit.
ride|Skip the crowded bus. Ride with {b} and save 20% all week.
uk,shop|Boxing Day deals at {b}: half price on {prod}, in store and online 🎁
uk,bank|Switch your current account to {b} and get {amt} cash. T&Cs apply.
health|Talk to a doctor in 15 minutes with {b} telehealth. No waiting room.
        """,
        "news": """
State attorney general opens probe into {b} over billing practices.
bank|Court orders {b} to pay {amt} to customer whose account was drained by fraudsters.
tel|FCC fines {b} for repeated 911 outages.
air|{b} announces new nonstop route between {city} and Lisbon starting in March.
{b} shares drop 6% after earnings miss.
food|{b} couriers sue over classification as independent contractors, report says.
tel|Users report {b} outage this morning; company says service has been restored.
tech|{b} recalls {prod} units over battery overheating risk.
util|Power outage hits parts of {city}; {b} says crews are on site.
bank|{b} launches teen checking accounts for ages 13 and up.
shop|{b} to close 40 stores as it shifts focus to e-commerce.
strm|{b} will raise subscription prices starting {date}, the company said.
uk,tel|Ofcom opens investigation into {b} over broadband speed claims.
air|{b} tops on-time performance rankings for July.
bank|Data breach may have exposed {b} customer info, researchers say; bank disputes claims.
ride|{b} drivers rally in {city} demanding higher pay.
tech|{b} named most reliable {prod} brand in annual consumer survey.
health|Regulators fine {b} over claim denial delays.
Man who abused {b} call center worker gets community service, court records show.
food|{b} acquires rival, now controls 30% of delivery market.
tel|{b} to shut down 3G network in {city} by year end.
bank|{b} CEO says the bank will hire 2,000 people in the region.
shop|Feds charge sellers in counterfeit ring on {b} marketplace.
uk,util|{b} energy bills to rise 8% next month after price cap change.
air|Pilot strike disrupts {b} flights out of {city} on Friday.
tech|Leaked renders of the next {b} {prod} surface on a forum.
strm|{b} loses 1 million subscribers after password-sharing crackdown.
bank|Scammers impersonating {b} send fake texts; bank urges customers not to click links.
The class action against {b} over data privacy was dismissed on Tuesday, per court filings.
tel|{b} and {b2} announce merger, pending regulatory approval.
Opinion: what {b}'s layoffs tell us about the tech slowdown
        """,
        "question": """
bank|anyone know if {b} charges a fee for international wires?
strm|How do I cancel my {b} subscription in the app? can't find the button
air|Has anyone flown {b}? Worth it or should I just drive?
bank|{h} what's the daily transfer limit on your app?
tech|Does the {b} {prod} work with third-party chargers or only the original?
food|Does {b} deliver to {city}? can't find it in the app
shop|{h} do you have a physical store in {city}?
strm|can two TVs stream on the same {b} account at once?
health|anyone on a {b} plan? does it cover therapy?
util|where do I find my {b} account number if I lost the bill?
bank|{b} or {b2} credit card, which one's better for travel?
ride|{b} or {b2}, which is cheaper where you live?
air|what's the carry-on weight limit on {b}?
tel|how much is {b}'s 500 Mbps plan? is there a contract?
anyone here work at {b}? curious what the culture is like
shop|does {b} price match?
tech|is it worth upgrading my old {prod} to the new {b} one or is it basically the same?
bank|if I pay my {b} card one day late does my credit score tank?
food|best ramen on {b} in {city}? taking recommendations
bank|honest question: is it safe to keep savings at {b}?
util|can {b} reconnect the same day if I pay now?
travel|anyone booked through {b}? legit?
ride|how long does {b} take to approve a new driver account?
strm|is {b} streaming the playoffs this year or did they lose the rights?
tel|is the {b} app down or is it just me? trying to check my bill
air|{h} can I bring my laptop in my personal item?
uk,shop|does {b} do click and collect at the {city} store?
tech|anyone know when the next update for the {b} {prod} drops?
bank|how do I request a credit limit increase with {b}?
health|is {b} in network anywhere in {city}?
food|{h} do you guys have vegan options?
ride|can you schedule a {b} for early tomorrow morning?
        """,
        "praise": """
air|Flew {b} today and the crew was lovely. Smooth flight ✈️
food|Order showed up in 20 minutes and still hot. Nice one {b}
bank|{b} chat support fixed my issue in 5 minutes. 10/10.
tech|3 years with my {b} {prod} and not a single problem.
shop|Ordered from {b} Monday, arrived Tuesday. Love to see it.
tel|{b} tech came by today, super polite, fixed everything and explained the router.
strm|{b}'s catalogue got so much better this year, well done
util|Power went out in {city} and {b} had it back in under an hour. Respect.
ride|My {b} driver today was a sweetheart, spotless car
health|Got seen super quickly at {b}, the doctor was really thorough. Recommend.
bank|First bank that's ever treated me like a person. Thanks {h} 💜
shop|{b} swapped my {prod} no questions asked. Customer for life.
air|{b} moved me to an earlier flight at no charge, so thoughtful
food|my {b} driver carried the order up 4 flights because I had a bad knee, absolute gem
tech|the latest update made my {b} {prod} noticeably faster, nice
travel|Booked through {b} and the hotel was exactly like the photos. Recommend!
tel|{b} has signal even out at the cabin, impressive
strm|{b} nailed this series, what a production
bank|{b} refunded a wrong fee within a day without me pushing. That's how it's done
shop|{b} packaging is so good, everything arrived perfect
util|the {b} rep on the phone was so patient with me, thank you {name}
food|{b} saving my sundays since forever 🙏
tech|{b} repair center in {city} fixed my {prod} in two days. Top notch.
uk,ride|My {b} driver waited 10 mins without charging extra, proper lovely
        """,
        "slang_praise": """
tech|the new {b} {prod} is sick, battery lasts forever
food|holy shit {b} got here in 15 minutes lmao
damn {b} customer service actually slaps 😭
strm|this new {b} show is insane, binged the whole thing in a night
air|{b} went crazy, landed 20 min early
tel|{b} fiber is stupid fast, 900 down no cap
shop|ordered from {b} and it came next day, I'm shook
the new {b} app redesign goes hard ngl
tech|bro the {b} {prod} is a beast, runs everything on ultra
food|that {b} burger is so fucking good it should be illegal
strm|the {b} season finale was fire, I cried
ride|my {b} driver was blasting 2000s hits, best ride of my life lol
bank|{b} cashback is unreal, hit my account instantly
tech|{b} is lowkey criminal with that price, way too cheap for how good it is
shop|{b} is going crazy with this sale, already bought 3 things lol
tel|{b} 5G downtown {city} is wild, actually insane speeds
food|{b} is life fr 🤤
air|{b} seats are comfy as hell, slept the whole way
uk,tech|{b} earbuds are mint, proper noise cancelling, couldn't hear the tube
strm|{b} dropped all the old movies, I'm losing my mind 🔥
tech|{b} {prod} camera is bonkers, the night shots are unreal
        """,
        "sarcasm_praise": """
shop|I hate {b} for having good sales every single week, my bank account is crying lol
food|{b} should be banned from sending coupons at 11pm, how am I supposed to resist
strm|thanks {b} for ruining my sleep schedule, another season binged 😩😂
tech|{b} dropped a new {prod} color, there goes my paycheck
bank|{b} giving me this high a limit like they trust me lmao
air|{b} served warm cookies on the flight and now I'm emotionally attached
food|my trainer hates {b} and I love it
        """,
        "chatter": """
air|At {city} airport waiting for my {b} flight, anyone else heading out today?
food|tonight's plan: {b} and a movie, zero guilt
shop|my mom discovered {b} and now she buys literally everything there lol
tech|finally switched my {prod} to a {b}, let's see how it goes
tel|moved to {b} last month, so far so good
strm|watching the {b} show everyone told me about, no spoilers pls
bank|opened a {b} account purely because the card looks cool, not gonna lie
ride|got a {b} and the driver was my old high school lab partner lol small world
anyone remember the old {b} commercial with the puppy? nostalgia
food|trying {b} for the first time, let's see if it lives up to the hype
travel|planning {city} on {b}, drop your must-sees
tech|my dad got a {b} {prod} and has called me every 5 minutes asking how it works lol
shop|saw the new {b} store at the {city} mall, it's massive
air|first time flying ever, going {b}, nervous
bank|4 years at {b}, today's my last day. Thank you all ❤️
strm|recommend me something good on {b}? I'm stuck
food|the new {b} jingle will not leave my head
tel|switching carriers for the third time in my life, {b} this time
ride|took a {b} to the concert last night, what a night
shop|got my brother a {prod} from {b} for his birthday, hope he likes it
health|appointment at {b} tomorrow, goodbye wisdom tooth
tech|{b} vs {b2}: which do y'all prefer? I'm team {b}
uk,shop|queueing outside {b} on a Saturday like a proper Brit
travel|weekend in {city} 😍 booked on {b}
Reading a thread about {b}'s history and it's fascinating, they started in a garage
        """,
        "joke": """
bank|{b} sending me notifications at 3am like "u up? spending?" lol
food|my most stable relationship is with my {b} driver
strm|{b} asking "are you still watching?" and me: yes, don't judge me
tech|my {b} {prod} has more memory than me
bank|dreamt {b} gave me a 50k limit, woke up sad
food|{b} knows more about my life than my therapist
ride|my {b} driver asked if I wanted to chat and I said no with all the love in the world
shop|{b} cart with 47 items and {amt} in my account, such is life
tel|{b} called to upsell me and I pretended to be my grandma lmao
tech|me explaining to my {b} {prod} that I'm not a robot for the 5th time today
        """,
        "spam": """
💰 MAKE $500 A DAY from home! No experience needed. DM me {url}
Follow {h} for follow back 🔥 100% #followback #F4F
🚀 THIS COIN IS GOING 100X, get in before it's too late {url}
shop|Congrats! You've been selected by {b} to win a {prod}. Claim here: {url}
Guaranteed side income 💸💸 message me on telegram
bank|Loans approved regardless of credit, even with bad credit, DM 📲 {url}
Buy real followers and likes cheap, instant delivery {url}
Exclusive content 🔞 link in bio
Bet now and get a {amt} welcome bonus 🎰 {url}
tech|iPhone for {amt}?? Yes! Stock clearance {t} {url}
Lose 20 lbs in 2 weeks with this one weird tea, DM me
100% remote job, all you need is a phone. Comment "INFO" if interested
        """,
        "brand_reply": """
Hi there! We're so sorry for the trouble. Could you DM us your order number so we can take a look? 💙
Hey! We'd love to help. Please send us a DM with the email on your account.
bank|Hi, this is {b}. Sorry to hear about this, our team is already looking into it.
shop|Hi! {b} here. We've seen your message and passed it to the right team.
tel|Hi! {b} here: maintenance in your area is now complete. Let us know if anything's still off.
Sorry to hear your experience wasn't great 😔 Send us a DM and we'll sort it out.
food|Hey! {b} appreciates the love 💛 Enjoy your meal!
air|Thanks for flying {b}! Hope to see you on board again soon ✈️
Hi {name}, we're still here for you on in-app chat, 24/7.
tech|Hi! {b} recommends updating and restarting your device. If it keeps happening, DM us.
util|{b} apologises for the interruption. Supply was restored at {hour}.
strm|Hi! {b} here. Can you DM us a screenshot of the error? 🎬
        """,
        "resolved_thanks": """
Update: {b} sorted my issue, thanks for the quick reply
shop|my order {order} finally arrived! took a while but it's here, thanks {h}
bank|{b} reversed the charge, thanks for being fast about it
tel|internet's back, thanks {h} for the help
air|{b} refunded me in full, appreciate it
food|{b} sent a replacement order after the first one came wrong, great service
util|{h} thanks, power's back on our street
tech|{b} replaced my device under warranty, all good now. Thanks!
{b} called me and fixed it, I take back what I said yesterday
strm|managed to cancel, thanks {h} for the chat help
        """,
        "casual_profanity": """
strm|fuck yes, the game is streaming on {b} tonight
food|damn it's hot in {city}, ordering a smoothie on {b}
ride|shit I left my umbrella in the {b} I took lol
tech|dropped my {b} {prod} in the toilet, I'm such an idiot lmao
food|holy crap I ordered way too much on {b}, I'm gonna explode
air|shit, nearly missed my {b} flight because I overslept, my bad
tel|fuck, forgot to pay my {b} bill again, this month is a disaster
bank|welp, spent everything on my {b} card this weekend lmao
uk,shop|bloody traffic, gonna be late for my interview at {b}
        """,
        "polite_baseless": """
bank|I heard {b} sells our data, is it true?
tel|people are saying {b} is going bankrupt, anyone know anything?
food|does {b} actually pay its drivers fairly? saw a video and now I'm wondering
tech|saw a rumor that the {b} {prod} can explode, is that real?
air|a friend told me {b} is cutting corners on maintenance. any truth to that?
strm|does anyone know if {b} listens through the TV remote? saw it in a group chat
bank|is it true {b} freezes accounts for no reason? thinking of opening one
ride|read somewhere that {b} charges more if you have an iPhone, could that be true?
health|heard {b} denies almost every claim, can anyone confirm?
shop|is it true {b} sells counterfeit stuff? was going to order there
util|someone said {b} is raising rates by 50%, where did that come from?
tel|people keep saying {b} throttles heavy users, is that a thing?
        """,
        "vague_baseless": """
{b} has been kinda meh lately
food|{b} used to be better
idk, not loving the new {b} app
strm|{b}'s catalogue feels a bit stale these days
tech|{b} hasn't done anything new in years
shop|{b} isn't what it used to be
tel|{b} is fine, nothing special
air|honestly {b} has gone downhill a bit
bank|{b} changed a lot and not sure it's for the better
ride|{b} is getting pricey, or is it just me?
uk|{b} has been a bit hit and miss these days tbh
hmm {b}… could be better
        """,
        "sarcasm_vague": """
what a company, huh {b} 🙄
bank|{b} never fails to surprise… sure
tel|{b} being {b}, nothing new
oh {b}, never change 🙃
shop|sure, {b}, sure 🙄
        """,
        "meta_civility": """
y'all please stop cussing out {b} reps, they don't make the policies
worked in a call center for 3 years: yelling at the agent never makes it faster
saw someone screaming at the {b} cashier today, secondhand embarrassment
food|your {b} driver isn't a punching bag, if it's late report it in the app politely
there's a screenshot going around of someone absolutely losing it at {b} and it's wild
        """,
        "jobs": """
{b} is hiring 500 people in {city}; here's how to apply
I'm hiring! Data analyst role at {b}, DM me
{b}'s internship program is open until {date}. {url}
got the job at {b}!!! start monday 🥹
        """,
    },
    "founded_complaint": {
        "polite_founded": """
shop|Hi {h}, I placed order {order} on {date} and it still hasn't arrived. Could you look into it please?
bank|Morning {b}. There's a {amt} charge on my card I don't recognise. How do I dispute it?
tel|{h} I've had no internet since {date}. Ticket {proto} is open and no one has come out. Please advise.
air|Hello {h}, my flight {flight} was cancelled and I still haven't received my {amt} refund. Can you help?
food|Hi {h}, my order came without the drink and the app won't let me report it. How do I fix this?
tech|Hi {b}, my {prod} stopped charging after 4 months and support isn't responding. It's under warranty.
util|{h} this month's bill is {amt}, nearly triple my usual, and the house was empty half the month. Can you check the meter reading?
strm|I cancelled {b} on {date} and I'm still being charged {amt}. Can you refund it please?
health|{h} my prior authorization has been pending for {dur}. Reference {proto}. Could someone follow up?
ride|{b}, I was charged {amt} for a ride the driver cancelled. Reported it in the app, nothing yet.
tech|Bought a {prod} from {b} and it arrived with a cracked screen. Requested a replacement {dur} ago, no reply.
bank|I sent {amt} at {hour} and it never reached the recipient, but it left my account. Ref {proto}.
tel|{h} you charged me a {amt} early termination fee but my contract had already ended. I'd like an explanation.
travel|Booked a hotel on {b} for {date} and when I arrived there was no reservation. Paid {amt}. I need a refund.
air|{h} my bag didn't make it to {city}. Filed at the desk, file {proto}. Any update?
food|Ordered at {hour}, it arrived after {wait}, cold. I'd like a refund please {h}.
tech|{h} yesterday's update left my {prod} in a boot loop. Factory reset didn't help.
shop|Hello, {b} charged shipping twice on order {order}. Waiting on a {amt} refund.
bank|My {b} card got frozen without warning and I'm abroad. Called 3 times. Can you help?
util|We've had no water on our street since {date}. {b} won't give an ETA. Please respond.
tel|Paying for 500 Mbps, speed tests never go above 80. Sent screenshots to support already.
strm|{h} the app freezes every time I open an episode, reinstalled twice. Paying {amt} a month.
health|{b} denied coverage for a surgery that's listed in my policy. I'd like the reason in writing.
uk,tel|Hi {h}, I've been billed {amt} for a TV add-on I never ordered. Could you take it off please?
ride|{h} left my wallet in a {b} on {date}, driver isn't answering and support only sends canned replies.
        """,
        "angry_founded": """
shop|{dur} waiting on order {order} and {b} just keeps saying "in transit". WHERE IS MY {prod}??
bank|Third time calling and no one can fix it! A {amt} charge I did NOT make on my {b} card
tel|Internet down AGAIN! 4th time this month {h} and I work from home!
air|{b} cancelled my flight {flight} 2 hours before departure and the next option is in two days. Unacceptable!
food|Paid {amt} for an order that NEVER came and {b} says it was delivered. Delivered to who??
tech|Paid {amt} for a {b} {prod} and the screen died after 2 months. Now they want to charge me for repairs. Seriously?
util|{b} shut off my power with the bill PAID. I have the receipt! Who's paying for the food that spoiled?
strm|Raised the {b} price with no notice and pulled half the catalogue. Come on!
health|{b} denied my MRI for the third time. My doctor marked it urgent!
ride|My {b} driver dumped me halfway and the app charged the full fare, {amt}!
bank|Been trying to close my {b} card for {dur} and they keep charging the annual fee. ENOUGH.
shop|Bought it in the Black Friday sale and {b} cancelled order {order} citing a "pricing error". I want what I paid for!
tel|{h} {dur} with a dead line and you keep telling me to restart the modem. I've restarted it 50 times!!
air|Sat {wait} on the tarmac with no AC and no updates. Disgraceful, {b}.
food|Wrong order again. Asked for no onions, got onions, third time in a row {h}
bank|{b} made {amt} vanish from my account and the chat is just a bot!
tech|My {b} {prod} gets too hot to hold. Sent it in twice and they return it "no fault found"
util|{b} bill for {amt}. I LIVE ALONE. Can someone explain?
strm|double charged for {b} this month and support says wait 30 days. wait for what?
travel|{b} cancelled my booking the day before the trip and will only give credit. I want my money back!
shop|They sent me a used {prod} as new. Open box, scratched. Unbelievable, {b}.
tel|{b} switched my plan without consent and the bill came to {amt}. I never asked for any of this!
uk,air|{b} lost my suitcase at {city} and the desk has no answers. Three days now!
ride|{b} charged me a cancellation fee when the DRIVER never showed. Every single time.
health|Waited {wait} in a {b} in-network ER with a 103 fever. And they call this good coverage.
        """,
        "profanity_emphasis_founded": """
shop|fuck, {dur} waiting for order {order} and still nothing {h}
bank|what the hell, {b} charged me {amt} twice for the same purchase
air|holy shit, flight {flight} cancelled AGAIN, third time this year {h}
tel|goddammit, no internet for {dur}, I work from home, {h} please fix this
food|wtf {h}, paid {amt} and the burger came with no patty
tech|shit, my {b} {prod} died after 3 months, won't even power on
util|{h} what the fuck, {amt} bill for a month I was away??
strm|fuck me, cancelled {b} on {date} and I've been charged twice since
ride|fuck {h}, driver cancelled 4 times in a row and I'm gonna miss my appointment
bank|been on hold with {b} for {wait} to unfreeze my card, this is fucking ridiculous
shop|what the actual fuck {h}, ordered a {prod} and got an empty box
health|{dur} waiting for {b} to approve my MRI, the pain doesn't fucking wait
air|{b} lost my bag in {city} and nobody knows where the hell it is
tel|shitty week: {b} cut off my line by mistake and I've been without a phone for {dur}
food|almost 2 fucking hours for my order and it showed up cold {h}
bank|holy fuck, the {amt} transfer left my {b} account and never arrived
tech|my work is screwed: {b} {prod} shut itself off and corrupted my files, second time this month
uk,util|bloody hell, power's out in {city} again, fifth time this week {h}
travel|damn it, showed up at the hotel I booked on {b} and they had no room. paid {amt}
shop|fucking great, {b} delivered order {order} to the wrong address and now says it's not their problem
        """,
        "sarcasm_founded": """
shop|great job losing my package AGAIN {h} 👏👏👏
air|love it when {b} delays my flight 4 hours and doesn't even offer water 🙃
bank|so glad to pay a {amt} fee on a "no fee" account, thanks {b} 😍
tel|nothing like losing internet right during my online exam, thanks {b} 👍
food|wow {h}, so fast, only {wait} for a cold meal 👏
strm|thank you {b} for raising prices AND removing my favourite show in the same month, impeccable timing
util|{b} cutting power on the hottest day of the year, lovely
tech|the {b} {prod} is so good it's been back for repair 3 times in 6 months 🥰
ride|amazing how {b} manages to charge {amt} for 2 miles 👏
shop|5 stars to {b} for delivering a dented fridge and then asking me for a review
bank|thanks {b} for freezing my card mid-vacation, really kept things exciting
air|truly unforgettable {h}: overbooked, 6 hours at the gate and a {amt} meal voucher
        """,
        "allcaps_founded": """
shop|WHERE IS MY ORDER {order} {h}??? {dur} AND COUNTING
bank|GIVE ME MY MONEY BACK {b}, {amt} CHARGE I NEVER MADE
tel|{h} NO INTERNET AGAIN, THIRD DAY IN A ROW
air|FLIGHT {flight} CANCELLED AND NOBODY FROM {b} AT THE DESK
food|ORDER NEVER CAME AND THE APP SAYS DELIVERED {h}
util|NO POWER SINCE LAST NIGHT IN {city} {h}
strm|STOP CHARGING ME, I CANCELLED ON {date}!!!
tech|MY {b} {prod} WON'T TURN ON AND IT'S UNDER WARRANTY, FIX IT
        """,
        "short_founded": """
shop|order {order} still not here {h}
bank|{h} unauthorized {amt} charge, waiting on refund
tel|no signal in {city} since yesterday {h}
air|{h} lost bag, flight {flight}
food|{h} wrong order again
tech|{b} {prod} freezing constantly since the update
util|no water again {h}
strm|{h} charged twice this month
ride|{h} double charged for one ride
bank|{h} {amt} transfer never arrived
tel|{b} internet drops every night at {hour}
shop|{h} item arrived broken, need a replacement
health|{h} {amt} reimbursement pending for {dur}
air|{h} {wait} delay and zero updates
        """,
        "escalation_founded": """
bank|Filing a CFPB complaint against {b}. Unauthorized {amt} charge and nobody will fix it.
shop|Already reported to the BBB. Order {order} paid on {date}, {b} won't ship or refund.
tel|FCC complaint filed, ref {proto}. {dur} without internet and {b} won't fix it.
air|Taking {b} to small claims. Cancelled flight, missed my connection, no hotel offered.
food|{h} if the {amt} isn't refunded by Friday I'm doing a chargeback
health|Filed an appeal with the state insurance commissioner against {b}. Surgery denied despite my doctor's report.
util|If {b} doesn't restore my power today I'm filing with the utility commission, bill paid, receipt in hand.
tech|Next stop is the consumer protection office, {b}. Third time my {prod} came back from repair with the same fault.
uk,strm|reporting {b} to Trading Standards, still charging me {amt} after I cancelled
ride|{h} I'm disputing with my bank. Charged {amt} for a ride I never took and my account got locked
bank|My lawyer has the screenshots. {b} has held {amt} of my money with no explanation for {dur}.
uk,tel|Taking this to the Ombudsman, {b}: {dur} of broken broadband and four missed engineer visits
        """,
        "long_rant_founded": """
shop|Story time with {b}: bought a {prod} on {date}, paid for express shipping, delivery window was {dur}. Window passed, opened a ticket, they said wait 5 more business days. Waited. Now order {order} is "lost" and the refund takes two billing cycles. So I paid {amt} to have no product and no money for two months.
bank|My week with {b}: Monday, card cloned. Tuesday, they freeze it (fine). Wednesday, they mail the new card to my OLD address, which I'd updated in the app. Thursday, {amt} in charges on the NEW card. Friday, chat tells me to call, call drops 3 times. Ref {proto}.
tel|Signed up with {b} on {date}, install promised within 48h. Tech no-showed twice, third time came without the router. Now they're billing me {amt} for a service that never worked, and the rep says there's "no record" of my complaint.
air|{b}, let me walk you through it: flight {flight} delayed 3h, missed the connection in {city}, {wait} in line at the desk, sent to a hotel 40 minutes away with no shuttle, rebooked flight ALSO delayed. Got in a day late, lost a day of work, and not a word about compensation.
food|Ordered on {b} at {hour}. At 9 the app said the driver was on the way. At 10, "delivered". Nothing came. Chat offered me a {amt} coupon instead of a refund. I don't want a coupon, I want the money for the food I never ate.
health|My mom is 72, been with {b} for 15 years, never missed a payment. She needed to be admitted and {b} has been "reviewing" the authorization for {dur}. The hospital has called twice. Ref {proto}. How is this normal?
tech|My {b} {prod} had a motherboard fault at 5 months. Sent it to the {city} repair center, it sat there 40 days, came back with the same fault and a new scratch on the lid. Opened another case and now they say the scratch is "misuse" so warranty's void.
util|For {dur} {b} has been billing me on estimated reads. Bill went from {amt2} to {amt}. Asked for a review, tech came, confirmed the meter is faulty, and the next bill came in exactly the same.
        """,
        "question_founded": """
bank|anyone know why {b} charged me a {amt} fee when my account is supposed to be fee-free?
tel|{h} why is my bill {amt} when my plan is {amt2}?
shop|{h} my order {order} has been "processing" for {dur}, is that normal?
air|anyone know how to get a refund from {b}? they cancelled flight {flight} and the site won't let me
strm|why is {b} still charging me when I cancelled on {date}? anyone else?
food|{h} how do I get a refund for an order that showed up half missing?
        """,
    },
    "disrespectful": {
        "insult_company": """
{b} is a garbage company
bank|{b} are a bunch of thieves, robbing customers in broad daylight
tel|{b} is the worst piece of shit carrier on earth, total trash
air|{b} shit airline, go to hell all of you
food|{b} is a rotten company, garbage app
shop|{b} is a scam operation, bunch of crooks
tech|this laptop brand is garbage and {b} are clowns
strm|{b} is a shit service that costs way too much
util|{b} is run by a pack of lazy parasites
health|{b} are vultures profiting off sick people
ride|{b} is a disgusting exploitative trash company
bank|{b} you thieving bastards
{b} is scum
tel|{b} you pathetic excuse for a phone company
shop|what a filthy scumbag company {b} is
air|{b} trash airline, you make me sick
food|{b} bunch of incompetent assholes
tech|{b} is a dumpster fire run by morons
bank|{b} is a disgrace of a bank, a pack of bloodsuckers
uk,util|{b} absolute shower of bastards
        """,
        "insult_staff": """
the {b} rep was a complete moron, couldn't even read their own system
bank|the {b} branch manager is an arrogant idiot
food|{b} driver is an animal, threw my food at the door, bunch of donkeys
tel|the {b} tech is a lazy bum, useless
air|that {b} flight attendant is a rude bitch
shop|the {b} salesman is a clown, never met someone so dumb
{h} fire that braindead agent
ride|my {b} driver was a disgusting pig
health|the {b} receptionist is a nasty snake
tech|{b} support only hires illiterates, bunch of idiots
util|{b} staff are a pack of useless leeches
bank|{name} at {b} is a useless fucking idiot
shop|the manager at the {city} {b} store is a smug prick
air|{b} pilots must've got their license from a cereal box, bunch of idiots
uk,strm|the {b} moderator is a proper twat
        """,
        "insult_product": """
tech|this {b} {prod} is garbage, total trash
tech|{b} {prod} is trash, don't buy this junk
food|{b} food is garbage, tastes like dog food
strm|the {b} app is a piece of shit
tel|{b} router is a garbage plastic brick that does nothing
bank|the {b} app is trash built by monkeys
shop|everything {b} sells is cheap crap
tech|{b} only sells junk, this {prod} is a turd
ride|the {b} app is shit made by incompetents
tech|what a piece of shit {prod}, {b}
air|{b} planes are disgusting flying tin cans
strm|{b} originals are trash, who greenlights this crap?
        """,
        "profanity_at_company": """
fuck you {h}
{b} go fuck yourselves
bank|fuck {b} and everyone who works there
tel|{h} shove that bill up your ass
air|{b} can go to hell
food|{b} suck my dick 🖕
shop|{h} fuck off you dickheads
strm|{b} eat shit 🖕🖕
ride|screw {b}
uk,tech|{b} can sod off, wankers
        """,
        "threat": """
bank|if my money isn't back tomorrow I'm going to {b} and smashing up the whole branch
tel|if I see that {b} tech on the street he's gonna regret it
{h} I know where your office is, don't push me
food|if that {b} driver shows up here again I'm gonna beat his ass
air|cancel my flight one more time and I swear I'll set your {b} counter on fire
shop|{b} manager in {city}, I'll be waiting for you after your shift
util|waiting for the {b} guy who cut my power, he's getting hurt
ride|{b} driver who overcharged me, I've got your plate, I'll find you
{b} you're gonna pay, I'll make you regret the day you were born
health|if my mom gets worse because of {b} someone is gonna die
tech|I'm walking into the {b} store and smashing every display
bank|someone should blow up {b} HQ
        """,
        "contempt": """
{b} doesn't deserve a single cent from anyone, scum
bank|anyone who keeps money at {b} deserves to get robbed
tel|{b} is so pathetic it's sad
shop|{b} disgusts me, so do the people who work there and the people who shop there
air|{b} is the worst joke in the industry, a bunch of clowns
food|{b} is for people with no standards, trash company for trash customers
tech|only idiots buy {b}
strm|{b} is a service for losers made by losers
{b} should shut down and disappear, nobody will miss that trash
util|{b}: incompetence as a business model, disgraceful
        """,
        "allcaps_insult": """
{b} IS GARBAGE
bank|{b} THIEVES!!!
tel|{h} GO TO HELL YOU USELESS IDIOTS
food|{b} SHIT COMPANY
shop|{b} SCAMMERS AND CROOKS
air|{b} TRAAAASH
tech|GARBAGE {prod} {b}, DISGRACE
strm|{b} YOU FUCKING THIEVES
        """,
        "short_insult": """
trash. {h}
🤮 {h}
{b} 💩
{h} 🖕
disgusting. {b}
{b} sucks ass
{h} morons
{b} is shit
{h} clowns 🤡
{b} = garbage
{b}? trash lol
you're a joke {h} 🤡
        """,
        "complaint_with_insult": """
shop|{dur} waiting on order {order}, you useless sons of bitches at {b}
bank|{b} overcharged me {amt}, you thieving scumbags, give me my money back
tel|no internet for {dur}, {b} shit company, bunch of lazy bums
air|flight {flight} cancelled, {b} garbage airline, you're a joke
food|wrong order again, {b} you idiots can't even read
tech|this laptop is garbage, {b} you're a bunch of thieves, screen died after 2 months
util|{b} cut my power with the bill paid, you miserable bastards
strm|cancelled and still charged {amt}, {b} bunch of fucking thieves
health|{b} denied my scan, you disgusting vultures
ride|{b} driver left me on the highway, shit company, hope you go bankrupt
bank|{b} manager froze my account for no reason, what an idiot, this bank is a mafia
shop|bought a {prod}, arrived broken, {b} you're trash
tel|{h} {amt} bill on a {amt2} plan, you thieving motherfuckers
air|lost my bag in {city}, {b} bunch of incompetent jackasses
food|{h} {wait} waiting, arrived cold, you're garbage and your driver is a pig
tech|{b} repair center scratched my {prod}, bunch of animals
bank|{b} lost my {amt} transfer, shit bank run by criminals
util|{amt} bill?? {b} you're parasites, sons of bitches
shop|{h} cancelled my order {order} without telling me, pathetic shit company
strm|{b} removed my show and raised prices, go fuck yourselves
        """,
        "sarcasm_insult": """
congrats {b}, you pieces of shit, another day of being garbage 👏
bank|thanks {b} for robbing me so lovingly, my favourite thieves 😍
food|wow {h} amazing service, did you only hire idiots?
tel|{b} winning dumbest carrier of the year again, congrats morons
shop|5 stars to {b}, the finest band of crooks in the country 🤡
        """,
        "slur": """
tel|bunch of retards at {b} can't even set up a modem
shop|the {b} cashier is a useless faggot
bank|{b} only hires mongoloids
food|{b} drivers are all illiterate savages
        """,
        "insult_customers": """
shop|anyone who buys from {b} is a sucker, serves you right
bank|{b} customers are all dumb, that's why they let themselves get robbed
tech|people defending {b} are a bunch of brainless sheep
strm|{b} fans are all idiots
ride|{b} passengers are rude pigs
air|anyone flying {b} deserves to suffer, bunch of broke losers
        """,
    },
}
