package fakeapi

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// htmlTags are the tags Telegram's HTML parse mode accepts, mapped to the
// attribute each one requires ("" for none).
var htmlTags = map[string]string{
	"b": "", "strong": "", "i": "", "em": "", "u": "", "ins": "",
	"s": "", "strike": "", "del": "", "span": "class", "tg-spoiler": "",
	"a": "href", "code": "", "pre": "", "blockquote": "", "tg-emoji": "emoji-id",
}

// ParseHTML parses text the way Telegram parses a message sent with
// parse_mode=HTML and returns the text a reader sees: tags removed, character
// entities decoded. The error is worded as Telegram words the description of
// its 400 answer after "Bad Request: can't parse entities: ".
//
// It is a little stricter than Telegram about a bare '&', which Telegram
// sometimes lets through: a sender that escapes properly never sends one.
func ParseHTML(text string) (string, error) {
	if !utf8.ValidString(text) {
		return "", fmt.Errorf("strings must be encoded in UTF-8")
	}
	var out strings.Builder
	var open []string // tag names, innermost last
	for i := 0; i < len(text); {
		switch c := text[i]; c {
		case '<':
			end := strings.IndexByte(text[i:], '>')
			if end < 0 {
				return "", fmt.Errorf("unclosed start tag at byte offset %d", i)
			}
			tag := text[i+1 : i+end]
			if strings.HasPrefix(tag, "/") {
				name := strings.ToLower(strings.TrimSpace(tag[1:]))
				if len(open) == 0 {
					return "", fmt.Errorf("unexpected end tag at byte offset %d", i)
				}
				want := open[len(open)-1]
				if name != want {
					return "", fmt.Errorf("unmatched end tag at byte offset %d, expected \"</%s>\", found \"</%s>\"", i, want, name)
				}
				open = open[:len(open)-1]
			} else {
				name, attrs, err := parseTag(tag)
				if err != nil {
					return "", fmt.Errorf("%v at byte offset %d", err, i)
				}
				need, ok := htmlTags[name]
				if !ok {
					return "", fmt.Errorf("unsupported start tag \"%s\" at byte offset %d", name, i)
				}
				if need != "" && attrs[need] == "" && name != "span" {
					return "", fmt.Errorf("tag \"%s\" must have attribute \"%s\" at byte offset %d", name, need, i)
				}
				if name == "span" && attrs["class"] != "tg-spoiler" {
					return "", fmt.Errorf("tag \"span\" must have class \"tg-spoiler\" at byte offset %d", i)
				}
				for _, o := range open {
					if o == "pre" && name != "code" || o == "code" {
						return "", fmt.Errorf("entities can't be nested in \"%s\" at byte offset %d", o, i)
					}
				}
				open = append(open, name)
			}
			i += end + 1
		case '>':
			// Telegram accepts a bare '>' as text.
			out.WriteByte(c)
			i++
		case '&':
			r, n, err := parseEntity(text[i:])
			if err != nil {
				return "", fmt.Errorf("%v at byte offset %d", err, i)
			}
			out.WriteString(r)
			i += n
		default:
			out.WriteByte(c)
			i++
		}
	}
	if len(open) > 0 {
		return "", fmt.Errorf("can't find end tag corresponding to start tag \"%s\"", open[len(open)-1])
	}
	return out.String(), nil
}

// parseTag splits the inside of a start tag into its lower-cased name and
// attributes.
func parseTag(s string) (string, map[string]string, error) {
	s = strings.TrimSuffix(strings.TrimSpace(s), "/")
	n := strings.IndexAny(s, " \t\n")
	if n < 0 {
		n = len(s)
	}
	name := strings.ToLower(s[:n])
	if name == "" {
		return "", nil, fmt.Errorf("empty tag name")
	}
	attrs := map[string]string{}
	rest := strings.TrimSpace(s[n:])
	for rest != "" {
		eq := strings.IndexByte(rest, '=')
		if eq < 0 {
			attrs[strings.ToLower(rest)] = ""
			break
		}
		key := strings.ToLower(strings.TrimSpace(rest[:eq]))
		rest = strings.TrimSpace(rest[eq+1:])
		var val string
		if rest != "" && (rest[0] == '"' || rest[0] == '\'') {
			q := rest[0]
			end := strings.IndexByte(rest[1:], q)
			if end < 0 {
				return "", nil, fmt.Errorf("unclosed attribute value")
			}
			val, rest = rest[1:1+end], rest[2+end:]
		} else {
			end := strings.IndexAny(rest, " \t\n")
			if end < 0 {
				end = len(rest)
			}
			val, rest = rest[:end], rest[end:]
		}
		if strings.ContainsAny(val, "<") {
			return "", nil, fmt.Errorf("unexpected '<' in attribute value")
		}
		attrs[key] = val
		rest = strings.TrimSpace(rest)
	}
	return name, attrs, nil
}

// parseEntity decodes the character entity at the start of s and returns
// the text it stands for and its length in bytes.
func parseEntity(s string) (string, int, error) {
	end := strings.IndexByte(s, ';')
	if end < 0 || end > 12 {
		return "", 0, fmt.Errorf("character entity expected after '&'")
	}
	name := s[1:end]
	switch name {
	case "lt":
		return "<", end + 1, nil
	case "gt":
		return ">", end + 1, nil
	case "amp":
		return "&", end + 1, nil
	case "quot":
		return `"`, end + 1, nil
	}
	if strings.HasPrefix(name, "#") {
		num, base := name[1:], 10
		if strings.HasPrefix(num, "x") || strings.HasPrefix(num, "X") {
			num, base = num[1:], 16
		}
		v, err := strconv.ParseUint(num, base, 32)
		if err == nil && utf8.ValidRune(rune(v)) && v != 0 {
			return string(rune(v)), end + 1, nil
		}
	}
	return "", 0, fmt.Errorf("unsupported character entity \"&%s;\"", name)
}

// UTF16Len returns the length of s in UTF-16 code units, which is how
// Telegram measures a message.
func UTF16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}
