using RosterTools.Naming;
using RosterTools.Policy;

namespace RosterTools.Tests.Naming;

/// <summary>Unique names: candidates in order, counters and fixed digits, truncation to fit, case-insensitivity.</summary>
public sealed class NameAllocatorTests
{
    private static readonly CollisionRule Counter = new() { Kind = CollisionKind.Counter, Start = 2 };
    private static readonly CollisionRule ThreeDigits = new() { Kind = CollisionKind.Digits, Start = 1, Digits = 3 };

    [Fact]
    public void Two_Maria_Garcias_get_mgarcia_and_mgarcia2_with_a_counter()
    {
        var names = new NameAllocator();

        Assert.Equal("mgarcia", names.Allocate(new[] { "mgarcia" }, 20, Counter));
        Assert.Equal("mgarcia2", names.Allocate(new[] { "mgarcia" }, 20, Counter));
        Assert.Equal("mgarcia3", names.Allocate(new[] { "mgarcia" }, 20, Counter));
        Assert.True(names.IsTaken("MGarcia2"));
        Assert.Equal(3, names.Count);
    }

    [Fact]
    public void Two_Maria_Garcias_get_mgarcia_and_mgarcia001_with_three_digits()
    {
        var names = new NameAllocator();

        Assert.Equal("mgarcia", names.Allocate(new[] { "mgarcia" }, 20, ThreeDigits));
        Assert.Equal("mgarcia001", names.Allocate(new[] { "mgarcia" }, 20, ThreeDigits));
        Assert.Equal("mgarcia002", names.Allocate(new[] { "mgarcia" }, 20, ThreeDigits));
    }

    [Fact]
    public void The_next_free_candidate_is_used_before_any_number()
    {
        var names = new NameAllocator(new[] { "mgarcia" });

        Assert.Equal("magarcia", names.Allocate(new[] { "mgarcia", "magarcia", "mjgarcia" }, 20, Counter));
        Assert.Equal("mjgarcia", names.Allocate(new[] { "mgarcia", "magarcia", "mjgarcia" }, 20, Counter));
        Assert.Equal("mgarcia2", names.Allocate(new[] { "mgarcia", "magarcia", "mjgarcia" }, 20, Counter));
    }

    [Fact]
    public void Names_are_taken_in_any_case_and_directory_names_count()
    {
        var names = new NameAllocator();
        names.Reserve("MGarcia");
        names.Reserve("mgarcia2");
        names.Reserve("  ");

        Assert.True(names.IsTaken("mgarcia"));
        Assert.Equal("mgarcia3", names.Allocate(new[] { "mgarcia" }, 20, Counter));
        Assert.Equal(3, names.Count);
    }

    [Fact]
    public void Names_planned_in_this_run_count_as_taken()
    {
        var names = new NameAllocator();
        var first = names.Allocate(new[] { "jlee" }, 20, Counter);

        Assert.Equal("jlee", first);
        Assert.True(names.IsTaken("JLEE"));
        Assert.Equal("JLee2", names.Allocate(new[] { "JLee" }, 20, Counter));
    }

    [Fact]
    public void Candidates_are_cut_to_the_maximum_length_without_a_dangling_period()
    {
        var names = new NameAllocator();

        Assert.Equal("christopher.alexande", names.Allocate(new[] { "christopher.alexanderson" }, 20, Counter));
        Assert.Equal("christopher", names.Allocate(new[] { "christopher.alexanderson" }, 12, Counter));
    }

    [Fact]
    public void The_stem_is_cut_so_that_stem_and_number_fit()
    {
        var names = new NameAllocator(new[] { "wolfeschlegelste", "wolfeschlegelstei" });

        Assert.Equal("wolfeschlegelst2", names.Allocate(new[] { "wolfeschlegelsteinhausen" }, 16, Counter));
        Assert.Equal("wolfeschlegels001", names.Allocate(new[] { "wolfeschlegelsteinhausen" }, 17, ThreeDigits));
    }

    [Fact]
    public void A_counter_that_grows_a_digit_cuts_the_stem_further()
    {
        var names = new NameAllocator(new[] { "mgarcia", "mgarcia2", "mgarcia3", "mgarcia4", "mgarcia5", "mgarcia6", "mgarcia7", "mgarcia8", "mgarcia9" });

        Assert.Equal("mgarci10", names.Allocate(new[] { "mgarcia" }, 8, Counter));
        Assert.Equal("mgarci11", names.Allocate(new[] { "mgarcia" }, 8, Counter));
    }

    [Fact]
    public void A_name_that_only_fits_after_transliteration_and_truncation()
    {
        // Nguyễn-Wolfeschlegelsteinhausen: 31 letters once transliterated; sAMAccountName takes 20.
        var template = NameTemplate.Parse("{givenName|first:1}{familyName|alnum}");
        var candidate = template.RenderField(TemplateField.Username, name => name == "givenName" ? "Thảo" : "Nguyễn-Wolfeschlegelsteinhausen");
        var names = new NameAllocator();

        Assert.Equal("tnguyenwolfeschlegelsteinhausen", candidate);
        Assert.Equal("tnguyenwolfeschlegel", names.Allocate(new[] { candidate }, 20, Counter));
        Assert.Equal("tnguyenwolfeschlege2", names.Allocate(new[] { candidate }, 20, Counter));
    }

    [Fact]
    public void No_name_when_fixed_digits_run_out()
    {
        var names = new NameAllocator(new[] { "ab" });
        var oneDigit = new CollisionRule { Kind = CollisionKind.Digits, Start = 8, Digits = 1 };

        Assert.Equal("ab8", names.Allocate(new[] { "ab" }, 10, oneDigit));
        Assert.Equal("ab9", names.Allocate(new[] { "ab" }, 10, oneDigit));
        Assert.Null(names.Allocate(new[] { "ab" }, 10, oneDigit));
    }

    [Fact]
    public void No_name_when_the_number_leaves_no_room()
    {
        var names = new NameAllocator(new[] { "ab", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9" });

        Assert.Null(names.Allocate(new[] { "abc" }, 2, Counter));
        Assert.Null(names.Allocate(new[] { "ab" }, 3, ThreeDigits));
        Assert.Equal(9, names.Count);
    }

    [Fact]
    public void No_name_from_empty_candidates()
    {
        var names = new NameAllocator();

        Assert.Null(names.Allocate(new[] { string.Empty, "..." }, 20, Counter));
        Assert.Null(names.Allocate(Array.Empty<string>(), 20, Counter));
        Assert.Equal(0, names.Count);
    }

    [Fact]
    public void Empty_candidates_are_skipped_for_the_numbered_stem()
    {
        var names = new NameAllocator(new[] { "lee" });

        Assert.Equal("lee2", names.Allocate(new[] { string.Empty, "lee" }, 20, Counter));
    }

    [Fact]
    public void A_thousand_namesakes_stay_fast_and_unique()
    {
        var names = new NameAllocator();
        var given = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < 5000; i++)
        {
            Assert.True(given.Add(names.Allocate(new[] { "mgarcia" }, 20, Counter)!));
        }

        Assert.Contains("mgarcia5000", given);
    }
}
