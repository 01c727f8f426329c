// A press release's media-contact block ("PHONE: +00 555 0100", "E-mail: press@example.org",
// "Website: www.example.org"): a field of the page, set like a speaker's label, whose value is a
// number or an address. Nobody speaks there, in capitals or not.

const CONTACT_KEY =
  /^(?:tel|telephone|phone|mobile|cell|fax|e-?mail|mail|web|website|url|whatsapp|signal|telegram)$/i;

// A value that is only an address or a number: "+00 555 0100", "press@example.org", "www.example.org".
const CONTACT_VALUE =
  /^(?:\+?[\d\s().-]{6,24}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}|(?:https?:\/\/|www\.)\S{1,200})\s*$/i;

/** Whether "Name: rest" is a contact field: a contact key, or a value that is only a number or address. */
export const isContactField = (name: string, rest: string): boolean =>
  CONTACT_KEY.test(name.trim()) || CONTACT_VALUE.test(rest.split('\n', 1)[0]!.trim());
