using System.Text.RegularExpressions;

namespace Tradewatch.News.Cleaning;

/// <summary>
/// The kinds of boilerplate line news pages carry, as patterns over one line. Each pattern names a
/// convention of the trade (agency photo credits, "Also read" teasers, sign-up prompts), not the
/// wording of a particular site.
/// </summary>
internal static partial class LinePatterns
{
    /// <summary>A line that ends like a sentence: . ! ? optionally followed by closing quotes or brackets.</summary>
    [GeneratedRegex("""[.!?…]['"’”)\]]*$""")]
    public static partial Regex EndsLikeSentence();

    [GeneratedRegex("""(\.\.\.|…)['"’”)\]]*$""")]
    public static partial Regex EndsWithEllipsis();

    /// <summary>A label and a date at the start of a line: "date 2025-06-09 ...", "Published: 2025-06-09T10:00:00Z".</summary>
    [GeneratedRegex(@"^(?:date|published|posted|updated)\s*:?\s+(?<date>(?:19|20|21)\d\d-[01]\d(?:-[0-3]\d(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?)?)(?![\w:])\s*", RegexOptions.IgnoreCase)]
    public static partial Regex LeadingDateToken();

    /// <summary>
    /// Words a dateline may hold besides its date: labels, times, zones, separators, an age ("Updated
    /// 3 hours ago") and a reading time ("4 min read").
    /// </summary>
    [GeneratedRegex(@"\b\d+\s*(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?)\s+(?:ago|read)\b|\b(?:published|posted|updated|last|modified|original(?:ly)?|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|est|edt|et|pt|pst|cet|bst|ist|hkt|sgt|jst|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b|\d{1,2}:\d{2}(?::\d{2})?|[+-]\d{2}:?\d{2}|[|•·,:()\-–—/]", RegexOptions.IgnoreCase)]
    public static partial Regex DatelineFiller();

    /// <summary>
    /// A line that is only the label of the date line below it: "Updated", "Last updated:", "Published",
    /// "Posted on", or a byline of one to four names ("by Jane Roe").
    /// </summary>
    [GeneratedRegex(@"^\W*(?:(?:last\s+)?updated|(?:first\s+)?published|posted|modified)(?:\s+on)?\s*:?\s*$|^\W*by\s+\p{L}[\p{L}\p{M}.'’-]*(?:\s+\p{L}[\p{L}\p{M}.'’-]*){0,3}\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex DateLabel();

    /// <summary>A view, comment or share counter: "51", "0 Comments", "1.2K views".</summary>
    /// <summary>
    /// A dateline without a date that opens a story: a place in capitals and/or an agency in brackets and
    /// a dash ("BEIJING (AP) —", "(CNN) —", "NEW DELHI --"), or a place in capitals and a colon ("LONDON:").
    /// </summary>
    [GeneratedRegex(@"^(?:(?:\p{Lu}[\p{Lu}'’ -]{1,30}\p{Lu}(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30})?\s*)?\((?:[^()]{2,30})\)|\p{Lu}[\p{Lu}'’ -]{1,30}\p{Lu}(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30})?)\s*(?:--|[—–-])\s*\S|^(?!(?:FILE|PHOTO|IMAGE|PICTURE|VIDEO|WATCH|READ|UPDATE|BREAKING|LIVE|OPINION|ANALYSIS|EXCLUSIVE)\b)\p{Lu}[\p{Lu}'’ -]{1,30}\p{Lu}:\s+\p{Lu}", RegexOptions.CultureInvariant)]
    public static partial Regex StoryOpening();

    /// <summary>The signature under an embedded post: "— Name (@handle) March 3, 2025", "— Name (@handle) 3 March 2025".</summary>
    [GeneratedRegex(@"^[—–-]{1,2}\s*[^()]{1,80}\(@\w{1,30}\)\s*(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+\.?,?\s+\d{4})?\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex EmbedSignature();

    /// <summary>What an embedded social post leaves in a page's text: its short links and the networks' labels.</summary>
    [GeneratedRegex(@"\bpic\.twitter\.com/\w+|\bhttps?://t\.co/\w+|^A post shared by\b|^View (?:this|the) post on \w+|\(Opens in new window\)|^(?:posted|shared|tweeted|written)\s+by\s+@\w{1,30}\b|^@\w{1,30}\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex EmbedMarker();

    /// <summary>A label that names the date after it as the publication's ("Published", "First published", "Originally published", "Posted", "Original").</summary>
    [GeneratedRegex(@"\b(?:published|posted|original)\b(?:\s+on)?\s*:?\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex PublishedLabel();

    /// <summary>A reading time in a byline: "3 min read", "4 minute read", "5 mins".</summary>
    [GeneratedRegex(@"\b\d+\s*(?:min(?:ute)?s?)(?:\s+read)?\b", RegexOptions.IgnoreCase)]
    public static partial Regex ReadingTime();

    /// <summary>Lower-case words of a byline: "by", "and", a role.</summary>
    [GeneratedRegex(@"^(?:by|and|staff|writer|reporter|correspondent|editor|contributor|columnist|senior|chief|special|in|for|of|the|read)$", RegexOptions.IgnoreCase)]
    public static partial Regex BylineWord();

    [GeneratedRegex(@"^[\d.,]+\s*[KkMm]?\s*(?:comments?|views?|shares?|reads?|likes?|replies|reactions?)?$", RegexOptions.IgnoreCase)]
    public static partial Regex Counter();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")]
    public static partial Regex Email();

    [GeneratedRegex(@"\b(?:can be reached at|reach (?:him|her|them|the author) at|contact (?:the )?(?:author|reporter)|follow (?:him|her|them) on|email (?:him|her|them))\b", RegexOptions.IgnoreCase)]
    public static partial Regex ContactPhrase();

    /// <summary>Agency credit lines: "(Reporting by ...; editing by ...)", "Writing by ...", a bare byline.</summary>
    [GeneratedRegex(@"^[(\[]?\s*(?:(?:additional\s+)?reporting|writing|editing|edited|compiled|translated|produced|graphics?)\s+by\b|^(?-i:By\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})\s*(?:,|\||$)", RegexOptions.IgnoreCase)]
    public static partial Regex Credit();

    /// <summary>
    /// A byline of several names, with or without "By", and the outlet after a comma: "By Ann Lee and
    /// Bo Park, CNN", "Ann Lee and Bo Park Smith, The Associated Press". Names are capitalised words.
    /// </summary>
    [GeneratedRegex(@"^(?:By\s+)?\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:\s*(?:,|\band\b|&)\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})*\s+(?:and|&)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\s*(?:,\s*(?:The\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4})?$")]
    public static partial Regex Byline();

    /// <summary>
    /// Notes a page adds about the article rather than sentences of it: the feed footer of blog engines
    /// ("The post ... appeared first on ..."), "This is a developing story", "This story has been updated".
    /// </summary>
    [GeneratedRegex(@"^The post .{3,200} appeared first on .{2,80}$|^This (?:is a (?:developing|breaking) (?:news )?story|(?:story|article) (?:has been|was|will be) updated)\b|^(?:This (?:story|article) )?(?:will be|has been) updated\.?$|^This (?:story|article) (?:was|is|has been) (?:originally|first) (?:published|appeared) (?:on|in|by)\b.{2,80}$|^(?:[—–-]\s*)?With files from\b.{2,80}$", RegexOptions.IgnoreCase)]
    public static partial Regex EditorsNote();

    /// <summary>A short line naming a company by its legal form: an imprint or copyright holder ("Example Media, Inc.").</summary>
    [GeneratedRegex(@"^(?:©\s*(?:\d{4}\s*)?)?[\p{L}\d&.'’ -]{2,60},?\s+(?:Inc|Ltd|LLC|L\.L\.C|Corp|Co|plc|PLC|GmbH|S\.A|AG|LLP|Pty Ltd)\.?$")]
    public static partial Regex CompanyLine();

    /// <summary>A caption that ends with its picture's credit after a dash: "... on July 13, 2025. — Reuters".</summary>
    [GeneratedRegex(@"\s[—–-]{1,2}\s*(?:REUTERS|Reuters|AFP|AP|EPA|Xinhua|XINHUA|Bloomberg|Getty Images|Getty|Anadolu|UPI|PTI|ANI|IANS|File|FILE|Shutterstock)(?:\s*/\s*[\p{L} .]+)?\s*$")]
    public static partial Regex TrailingPhotoCredit();

    /// <summary>
    /// Buttons, widgets and labels written out as text: "Listen to this article", "Read the full
    /// article", "Open image in gallery", "Tags: trade | tariffs".
    /// </summary>
    [GeneratedRegex(@"^(?:listen to (?:the )?(?:audio(?: version)? of )?(?:this )?(?:article|story)|read (?:the )?(?:full|whole|entire) (?:article|story)|(?:open|view) (?:image|photo|picture)s? in (?:the )?gallery|(?:view|see) (?:the )?(?:full )?(?:gallery|image|photo)s?|click (?:here )?to (?:enlarge|expand|zoom)|\d+\s*min(?:ute)?s?\s+read|print (?:this )?(?:article|page|story)|share (?:on|via) \w+|(?:\d+\s*)?(?:photos?|images?|videos?)\s*$)\b[^.!?]{0,40}[.!?]?$|^(?:tags?|topics?|filed\s+under|categor(?:y|ies)|keywords|more\s+about)\s*:[^.!?]{0,120}$", RegexOptions.IgnoreCase)]
    public static partial Regex WidgetLabel();

    /// <summary>A photo credit anywhere in a line: AGENCY/Photographer, "(AFP Photo)", "via AP", "Getty Images", "FILE PHOTO:", "Image:".</summary>
    [GeneratedRegex(@"\b(?:REUTERS|AFP|AP|EPA|XINHUA|BLOOMBERG|GETTY|ANADOLU|UPI|PTI|ANI|IANS)\s*/\s*\S|/\s*File Photo\b|\((?:[^()]*\b(?:Photo|Photograph|Image|Picture|Credit|Pool|via AP|via Reuters|Getty Images|Shutterstock|AFP|AP|EPA|Xinhua|Reuters|Bloomberg|Anadolu)\b[^()]*)\)\s*$|\bGetty Images\b|\bShutterstock\b|^(?:FILE\s+)?(?:PHOTO|IMAGE|PICTURE|PHOTOGRAPH)\s*:|^(?:Photo|Image|Picture|Photograph)(?:\s+credit)?\s*(?::|by\b)|^(?:Photo|Image)\s+courtesy\b|\b(?:Photo|Image|Picture)\s+(?:credit|source|courtesy)\s*:|^(?-i:FILE)\s*[-–—]\s", RegexOptions.IgnoreCase)]
    public static partial Regex PhotoCredit();

    /// <summary>A line that is only a photo credit, naming who took the picture above it: "PHOTO: REUTERS", "Photo by X/Getty Images".</summary>
    [GeneratedRegex(@"^(?:FILE\s+)?(?:PHOTO|PHOTOGRAPH|PICTURE)\s*:|^(?:Photo|Photograph|Picture)(?:\s+credit)?\s*(?::|by\b)|\bGetty Images\b|\bShutterstock\b|\b(?:REUTERS|AFP|AP|EPA|XINHUA|BLOOMBERG|GETTY|ANADOLU|UPI|PTI|ANI|IANS)\s*/\s*\S|^\([^()]*\b(?:Photo|via AP|via Reuters)\b[^()]*\)$", RegexOptions.IgnoreCase)]
    public static partial Regex StandaloneCredit();

    /// <summary>
    /// A breadcrumb trail: short section names joined by a trail's separators ("Home › World › Trade",
    /// "Business | Economy | Trade Policy"), three or more of them, or two when the first is "Home".
    /// </summary>
    [GeneratedRegex(@"^(?:you\s+are\s+here\s*:\s*)?(?:(?:\p{Lu}[\p{L}&'’.-]*(?:\s+[\p{L}&'’.-]+){0,2})\s*[›»>|/]\s*){2,6}\p{Lu}[\p{L}&'’.-]*(?:\s+[\p{L}&'’.-]+){0,2}$|^(?:you\s+are\s+here\s*:\s*)?home\s*[›»>|/]\s*\p{Lu}[^.!?]{0,60}$", RegexOptions.IgnoreCase)]
    public static partial Regex Breadcrumb();

    /// <summary>
    /// A photo caption by its shape, as agencies write them: a sentence in the present tense that
    /// places the picture ("in Puebla, Mexico", "at the White House") and ends on the day it was
    /// taken after a comma, without a preposition ("..., in Berlin, Germany, April 2, 2026.").
    /// A report's own sentences put a date after "on", "from" or "by".
    /// </summary>
    [GeneratedRegex(@"^(?=.*\b(?:in|at|near|outside|inside)\s+(?:the\s+)?\p{Lu})[^""“”%;:]{10,300},\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d\d\.?$")]
    public static partial Regex DatedCaption();

    /// <summary>
    /// A photo caption by its verb: a subject of at most eight words, then a present-tense verb of what a
    /// picture shows (someone speaks, poses, waves, arrives; something is seen, pictured, displayed), then
    /// where: "in", "at", "during", "outside" a named place or event.
    /// </summary>
    [GeneratedRegex(@"^(?:[\p{L}'’.-]+\s+){1,8}(?:speaks?|gestures?|poses?|waves?|arrives?|walks?|looks?\s+on|listens?|attends?|shakes?\s+hands|waits?|smiles?|greets?|reacts?|delivers?\s+(?:a\s+)?(?:speech|remarks)|(?:is|are)\s+(?:seen|pictured|displayed|shown))\b[^""“”%;]{0,200}\b(?:in|at|during|outside|inside|near)\s+(?:the\s+|a\s+|an\s+)?\p{Lu}[^""“”%;]{0,200}[.]?$")]
    public static partial Regex ActionCaption();

    /// <summary>Position marks that only captions use: "(L)", "(2nd R)", "(centre)".</summary>
    [GeneratedRegex(@"\((?:\d(?:st|nd|rd|th)\s+)?(?:L|R|C|left|right|centre|center|front|back)\)", RegexOptions.IgnoreCase)]
    public static partial Regex CaptionPosition();

    /// <summary>A teaser for another story: "Also read: ...", "READ MORE:", "Related: ...".</summary>
    [GeneratedRegex(@"^(?:also\s+read|read\s+(?:more|also|next)|related(?:\s+(?:stories|articles|news|coverage))?|see\s+also|more\s+from|more\s+on\s+this|recommended(?:\s+for\s+you)?|you\s+(?:may|might)\s+also\s+like|must\s+read|in\s+case\s+you\s+missed\s+it|trending(?:\s+now)?|most\s+(?:read|popular|viewed)|don'?t\s+miss|editor'?s\s+picks?|top\s+stories|latest\s+(?:stories|news)|watch)\b\s*[:|\-–—]?\s*", RegexOptions.IgnoreCase)]
    public static partial Regex Teaser();

    /// <summary>Cookies of the web: "cookies", "cookie or similar technologies", "tracking cookies".</summary>
    [GeneratedRegex(@"\bcookies?\b", RegexOptions.IgnoreCase)]
    public static partial Regex Cookies();

    /// <summary>A site speaking of itself to its reader: "this website", "our site", "we use", "you", "your browser".</summary>
    [GeneratedRegex(@"\b(?:this|our)\s+(?:web\s*)?site\b|\bwe\s+use\b|\byou(?:r)?\b", RegexOptions.IgnoreCase)]
    public static partial Regex SiteToReader();

    /// <summary>Promotion and sign-up prompts, and the site's own furniture.</summary>
    [GeneratedRegex(@"\b(?:sign\s+up|subscribe|newsletters?|follow\s+(?:us|topic|this)|download\s+(?:our|the)\s+app|click\s+here|skip\s+to\s+(?:main\s+)?content|all\s+rights\s+reserved|accept\s+cookies|cookie\s+policy|log\s*in|sign\s+in|advertisement|^sponsored\b(?!\s+by\b)|sponsored\s+(?:content|post|story|links?|articles?)|share\s+this|copy\s+link|(?:delivered|sent)\s+(?:right\s+|straight\s+|directly\s+)?to\s+your\s+inbox|(?:in|to)\s+your\s+inbox|donate\s+(?:now|today|here)|make\s+a\s+(?:donation|contribution)\s+(?:now|today)|please\s+(?:consider\s+)?(?:donating|supporting\s+us|subscribing)|support\s+(?:independent|quality)\s+journalism|free\s+(?:articles?|stor(?:y|ies))\s+(?:left|remaining|this\s+month)|your\s+last\s+free\s+(?:article|story)|reached\s+your\s+(?:limit|free)|already\s+a\s+subscriber|(?:for\s+)?subscribers\s+only|dive\s+into|curated\s+by|for\s+expert\s+articles|join\s+(?:us|our)|support\s+our\s+journalism|become\s+a\s+member)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Promo();

    /// <summary>
    /// The page's own furniture written out as a line: sponsor lines ("Presented by ..."), markers around
    /// an advertisement or a fold ("Story continues below", "Continue reading"), a sign-up form's fields and
    /// fine print, "Follow us on ...", an app's download prompt, comment-thread furniture ("Leave a reply",
    /// "Comments are closed"), a consent wall's notice, a copyright line, a slideshow's counter ("Image 2 of
    /// 5"), an audio player ("Listen · 4:32"), a breadcrumb's label ("You are here:"), a relative time stamp
    /// ("Published 3 hours ago"), a share counter ("This story has been shared 1,204 times").
    /// </summary>
    [GeneratedRegex(@"^(?:sponsored|presented|supported|powered|brought\s+to\s+you|in\s+partnership\s+with|paid\s+for)\s+by\b[^.!?]{0,60}$|^this\s+(?:article|story|content|post|series|newsletter|podcast|page|video)\s+(?:is|was|has\s+been)\s+(?:sponsored|presented|supported|powered|brought\s+to\s+you|produced\s+in\s+partnership\s+with|paid\s+for)\s+by\b[^.!?]{0,60}[.!]?$|^(?:was|is)\s+this\s+(?:article|story|page|information|content)\s+(?:helpful|useful)\b|^did\s+you\s+find\s+this\s+(?:article|story|page|information|content)\s+(?:helpful|useful)\b|^(?:paid\s+(?:partner\s+)?content|partner\s+content|sponsored\s+content|promoted\s+content|advertiser\s+content)\b|\b(?:story|article|content)\s+continues\s+(?:below|after|under)\b|^(?:continue\s+reading|scroll\s+(?:down\s+)?to\s+continue|keep\s+reading|read\s+on|show\s+more|load\s+more|see\s+more|view\s+(?:all\s+)?comments|back\s+to\s+top|report\s+an?\s+(?:error|typo|correction)|corrections?\s+policy|gift\s+(?:this\s+)?article|read\s+in\s+(?:the\s+)?app|font\s+size|toggle\s+caption|hide\s+caption|enlarge\s+this\s+image|sharing\s+is\s+caring)\b|\bto\s+(?:continue|keep)\s+reading\b|^create\s+(?:a|your)\s+(?:free\s+)?account\b|^(?:enter|type|add)\s+your\s+(?:e-?mail|email\s+address)\b|^(?:turn\s+on|enable|allow)\s+(?:push\s+)?(?:notifications|alerts)\b|\bby\s+(?:signing\s+up|subscribing|clicking|registering|continuing)\b.{0,80}\b(?:agree|accept|consent)|\bthanks?\s+(?:you\s+)?for\s+(?:signing\s+up|subscribing|registering|reading|watching)\b|^(?:please\s+)?(?:follow|join|find|like)\s+us\s+on\b|\bjoin\s+(?:the\s+conversation|the\s+discussion|our\s+\w+\s+(?:channel|group|community))\b|\bon\s+our\s+(?:telegram|whatsapp|youtube|instagram|facebook|tiktok)\s+(?:channel|page|group)\b|\bdownload\s+(?:the|our)\s+(?:[\p{L}.&-]+\s+){0,3}app\b|^(?:leave\s+a\s+(?:reply|comment)|cancel\s+reply|comments\s+are\s+closed|have\s+your\s+say|share\s+your\s+thoughts|post\s+a\s+comment)\b|\b(?:privacy|cookie)\s+(?:preferences|settings)\b|\ballow\s+(?:all\s+)?cookies\b|\bupdate\s+your\s+(?:settings|preferences)\b|^(?:©|\(c\)\s|copyright\s+(?:©\s*)?\d{4}\b)|^(?:image|photo|picture|slide|video)s?\s+\d+\s+(?:of|/)\s+\d+\b|^(?:more\s+)?(?:videos?|photos?|images?)\s+\(\d+\s+of\s+\d+\)|^listen\b[^.!?]{0,20}\d{1,2}:\d\d\b|^you\s+are\s+here\s*:|^(?:published|posted|updated|last\s+updated)\s*:?\s+\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\b|^this\s+(?:story|article|post)\s+has\s+been\s+shared\s+[\d,.]+\s+times\b", RegexOptions.IgnoreCase)]
    public static partial Regex Furniture();

    /// <summary>
    /// The page asking its reader for support or money: a line that speaks to "you" (outside quotation
    /// marks) about the outlet's journalism, a donation, subscribing, a newsletter or a paywall. A report speaks of others; only the page addresses its reader
    /// about these.
    /// </summary>
    [GeneratedRegex(@"^(?=[^""“”]*\b(?:you|your|you're|you've)\b)[^""“”]*\b(?:journalism|donat(?:e|es|ing|ion|ions)|subscribe|subscribing|subscribers?|newsletters?|unlimited\s+access|free\s+articles?|paywall|ad[\s-]?blocker|readers\s+like\s+you|your\s+support|support\s+(?:us|our\s+\w+)|contribut(?:e|es|ing|ion|ions)|our\s+(?:reporting|work|coverage|newsroom|journalists?))\b[^""“”]*$", RegexOptions.IgnoreCase)]
    public static partial Regex ReaderAppeal();

    /// <summary>
    /// A teaser labelled by the kind of item it links to: "Video: ...", "Photos: ...", "Explainer: ...",
    /// "Opinion: ...", "In pictures: ...". Judged only on a line that does not read as a sentence.
    /// </summary>
    [GeneratedRegex(@"^(?:video|videos|photos?|gallery|in\s+pictures|pictures|pictured|explainer|opinion|analysis|podcast|live|live\s+updates|quiz|poll|interactive|graphic|listen|factbox|timeline|q&a)\s*[:|–—]\s*\S", RegexOptions.IgnoreCase)]
    public static partial Regex SectionTeaser();

    /// <summary>A line that is only an image's markup as a text page keeps it: "![alt](src)", "&lt;img ...&gt;".</summary>
    [GeneratedRegex(@"^(?:!\[(?<alt>[^\]]*)\]\([^)\s]*(?:\s+""[^""]*"")?\)\s*)+$|^<img\b[^>]*>$", RegexOptions.IgnoreCase)]
    public static partial Regex ImageMarkup();

    /// <summary>A picture's credit after the caption's sentence on the same line: "... in Hamilton. Photo: Jane Doe/Example Images".</summary>
    [GeneratedRegex(@"[.!?]['’”)]*\s+(?:Photo|Photograph|Picture|Image)(?:\s+credit)?\s*:\s*\p{Lu}[^.!?]{0,80}$")]
    public static partial Regex CaptionCreditAfter();

    /// <summary>
    /// What a page says about itself rather than the news, in the conventions of the trade: who wrote, checked or
    /// reviewed it ("Fact-checked by Ana Ruiz", a name only after "by"), how it was made ("This article was produced
    /// with ..."), an invitation to send tips, and a subscription offer's terms ("unlimited access", "cancel anytime",
    /// "free trial").
    /// </summary>
    [GeneratedRegex(@"^(?:written|reviewed|fact[\s-]?checked|medically\s+reviewed|illustrated|photographed|verified|researched|curated)\s+by\s+\p{Lu}[\p{L}\p{M}.'’-]+(?:\s+\p{Lu}[\p{L}\p{M}.'’-]+){0,3}\s*$|^this\s+(?:article|story|report|piece|content|post|page|summary)\s+(?:was|is|has\s+been|may\s+have\s+been)\s+(?:\w+\s+)?(?:produced|generated|written|created|translated|prepared|edited|reviewed|compiled|drafted|summari[sz]ed)\b|^(?:have|got)\s+an?\s+(?:news\s+)?(?:tip|story\s+idea|story\s+tip)\b|\bunlimited\s+(?:digital\s+)?access\b|\bcancel\s+any\s*time\b|\b(?:start\s+(?:your\s+)?)?free\s+trial\b", RegexOptions.IgnoreCase)]
    public static partial Regex PageNote();

    [GeneratedRegex(@"\b[\w-]+\.(?:com|net|org|io|co|news|biz|info|tv|uk|in|au|ca)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Domain();

    /// <summary>Said-verbs that mark reported speech: a line with one is the article talking, not the page.</summary>
    [GeneratedRegex(@"\b(?:said|says|told|according to|announced|reported)\b", RegexOptions.IgnoreCase)]
    public static partial Regex ReportingVerb();

    /// <summary>
    /// A verb in the simple past with what follows it ("agreed on", "imposed a", "cut their"... "-ed" then a preposition or
    /// a determiner), not a passive or perfect one ("is poured at", "has been stacked in").
    /// </summary>
    [GeneratedRegex(@"(?<!\b(?:is|are|am|be|been|being|was|were|has|have|had|get|gets|got)\s)\b\p{Ll}{3,}ed\s+(?:on|to|in|at|that|with|after|before|for|from|the|a|an|its|their|his|her|our)\b", RegexOptions.CultureInvariant)]
    public static partial Regex SimplePast();

    /// <summary>Sentence boundaries inside a line.</summary>
    [GeneratedRegex("""[.!?]['"’”)\]]*\s+(?=['"‘“(]?[A-Z])""")]
    public static partial Regex SentenceBreak();

    [GeneratedRegex(@"\S+")]
    public static partial Regex Token();

    [GeneratedRegex(@"\p{L}{2,}")]
    public static partial Regex Word();
}
