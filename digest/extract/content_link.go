// A content that is only a web address: "Dana Ruiz at the Ledger
// reports: http://ledger.example.com/1AbCdE." The address says where a
// report can be read, not what anyone said, and a reader gets nothing
// from a line that holds only it.

package extract

import "strings"

// bareLink reports whether content, with the punctuation that closes a
// sentence trimmed off its end, is one web address and nothing else: a
// scheme ("http://", "https://"), "www." or a host with a path
// ("politi.co/1NeJqEY"), with no space in it.
func bareLink(content string) bool {
	c := strings.TrimRight(content, ".,;:)!?”\"’'")
	if c == "" || strings.ContainsAny(c, " \t\n\u00a0") {
		return false
	}
	l := strings.ToLower(c)
	if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "www.") && len(l) > 4 {
		return true
	}
	slash := strings.IndexByte(l, '/')
	if slash <= 0 || slash == len(l)-1 {
		return false
	}
	host := l[:slash]
	dot := strings.LastIndexByte(host, '.')
	if dot <= 0 || dot == len(host)-1 {
		return false
	}
	for i := 0; i < len(host); i++ {
		if b := host[i]; !(b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '.' || b == '-') {
			return false
		}
	}
	tld := host[dot+1:]
	for i := 0; i < len(tld); i++ {
		if tld[i] < 'a' || tld[i] > 'z' {
			return false // "1.5/2": a number, not a host
		}
	}
	return true
}
