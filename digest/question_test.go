package digest

import (
	"strings"
	"testing"
)

func TestQuestionFor(t *testing.T) {
	tests := []struct {
		name, text, quote, want string
	}{
		{"reported after the answer",
			`“It may well be,” Kremlin spokesman Dmitry Peskov was cited as saying after being asked if deteriorating U.S.-Russian relations ranked among the Kremlin’s biggest disappointments in 2017. Next sentence.`,
			"It may well be", "if deteriorating U.S.-Russian relations ranked among the Kremlin’s biggest disappointments in 2017"},
		{"reported before the answer",
			"When asked whether the talks would resume, Lavrov said: \"Not yet.\"",
			"Not yet", "whether the talks would resume"},
		{"a question asked just before",
			"Reporters pressed him. Will sanctions be lifted this year?\n\n\"Absolutely not,\" he said.",
			"Absolutely not", "“Will sanctions be lifted this year?”"},
		{"none", "The minister spoke at length. \"It is so,\" he said.", "It is so", ""},
		{"another paragraph's question is not this quote's",
			"Asked whether the strikes would go ahead, Obi replied: \"That is up to the minister.\"\n\n\"There will be no more money,\" Grant said. \"None.\"",
			"None.", ""},
		{"a title's full stop goes on",
			`Asked whether the strike had been hard for Mr. Obi, Ms. Lee said: "Of course."`,
			"Of course", "whether the strike had been hard for Mr. Obi"},
		{"a dash ends it",
			`Reporters asked about the fares - a sore point - and Lee said: "Too high."`,
			"Too high", "about the fares"},
		{"nobody asked",
			`Nobody asked about the fares - so Lee, in need of a new subject, raised them. "Too high," she said.`,
			"Too high", ""},
		{"a quotation it opens is closed",
			`Asked whether the mayor "has the votes to pass the budget," Lee said: "Yes."`,
			"Yes", `whether the mayor "has the votes to pass the budget"`},
		{"the nearest of two",
			"He was asked about the weather, and smiled. Later, asked whether a deal was near, he said \"It may be.\"",
			"It may be", "whether a deal was near"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(tt.text, tt.quote)
			if got := questionFor(tt.text, Span{i, i + len(tt.quote)}); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
