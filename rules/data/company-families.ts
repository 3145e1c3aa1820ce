// Companies and the brands, products and subsidiaries applicants name in their place: a letter
// addressed to Google that says "I would love to join YouTube" names the same employer. Only
// groups whose parts hire under their own names are listed; matched case-insensitively, whole name.

export const companyFamilies: readonly (readonly string[])[] = [
  ['Google', 'Alphabet', 'YouTube', 'DeepMind', 'Google DeepMind', 'Waymo', 'Verily', 'Fitbit', 'Google Cloud', 'Android'],
  ['Meta', 'Facebook', 'Instagram', 'WhatsApp', 'Oculus', 'Reality Labs', 'Messenger'],
  ['Amazon', 'AWS', 'Amazon Web Services', 'Twitch', 'Audible', 'Zappos', 'Ring', 'Whole Foods', 'IMDb', 'Alexa', 'Prime Video'],
  ['Microsoft', 'LinkedIn', 'GitHub', 'Xbox', 'Azure', 'Mojang', 'Nuance', 'Activision Blizzard'],
  ['Apple', 'iCloud'],
  ['Salesforce', 'Slack', 'Tableau', 'MuleSoft', 'Heroku'],
  ['Atlassian', 'Trello', 'Bitbucket', 'Jira', 'Loom'],
  ['Intuit', 'Mailchimp', 'Credit Karma', 'TurboTax', 'QuickBooks'],
  ['Block', 'Square', 'Cash App', 'Afterpay', 'Tidal'],
  ['ByteDance', 'TikTok', 'Lark'],
  ['Booking Holdings', 'Booking.com', 'Booking', 'Kayak', 'Agoda', 'Priceline', 'OpenTable'],
  ['Expedia', 'Expedia Group', 'Hotels.com', 'Vrbo', 'Trivago'],
  ['Uber', 'Uber Eats', 'Postmates'],
  ['Alibaba', 'Alibaba Cloud', 'Ant Group', 'Alipay', 'Taobao', 'Lazada'],
  ['Tencent', 'WeChat', 'Riot Games', 'Supercell'],
  ['Shopify', 'Shop'],
  ['Cisco', 'Webex', 'Splunk', 'Meraki'],
  ['IBM', 'Red Hat'],
  ['Oracle', 'Cerner'],
  ['Broadcom', 'VMware'],
  ['Nvidia', 'Mellanox'],
  ['Adobe', 'Behance'],
  ['eBay', 'StubHub'],
  ['PayPal', 'Venmo', 'Braintree', 'Honey'],
  ['Spotify', 'Anchor'],
  ['Match Group', 'Tinder', 'Hinge'],
  ['Thomson Reuters', 'Reuters'],
  ['JPMorgan Chase', 'JPMorgan', 'J.P. Morgan', 'Chase'],
];

/**
 * A company's legal form as written after its name, abbreviated ("Acme Inc.", "Bosch GmbH",
 * "Copperline S.r.l."), and in full. One list for comparing two spellings of a name, for reading a
 * company line of an address block, and for a full stop that ends no sentence.
 */
export const legalFormAbbreviations: readonly string[] = [
  'Inc', 'Corp', 'Co', 'Ltd', 'LLC', 'LLP', 'LP', 'PLC', 'GmbH', 'AG', 'SA', 'SE', 'SAS', 'Srl', 'SpA', 'BV', 'NV', 'AB', 'Oy', 'Pty', 'Pte', 'KK',
];
export const legalFormWords: readonly string[] = ['Incorporated', 'Corporation', 'Company', 'Limited'];
