using RosterTools.OneRoster;

namespace RosterTools.Samples;

/// <summary>What sample district to generate.</summary>
public sealed class SampleDistrictOptions
{
    /// <summary>How many students, KG to 12 (at least 1).</summary>
    public int Students { get; set; } = 600;

    /// <summary>The OneRoster version of the bundle.</summary>
    public OneRosterVersion Version { get; set; } = OneRosterVersion.V1_2;

    /// <summary>The seed: the same seed and options always give the same files, byte for byte.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>The school year, as the calendar year in which it ends (2027 for 2026-27).</summary>
    public int SchoolYear { get; set; } = 2027;

    /// <summary>The line ending of the CSV files: CRLF (RFC 4180) or LF.</summary>
    public string NewLine { get; set; } = "\r\n";

    /// <summary>Whether files in a non-empty folder may be replaced.</summary>
    public bool Overwrite { get; set; }

    /// <summary>
    /// Write the district as it is the night after, with changes drawn from this second seed (withdrawals, new
    /// enrolments, school moves, section changes, name changes, disabled accounts); null for the first night. The
    /// changes are listed in <see cref="SampleDistrictResult.Changes"/>.
    /// </summary>
    public int? NextNightSeed { get; set; }

    /// <summary>With <see cref="NextNightSeed"/>: about what share of the students change overnight (0 to 0.5; default 0.02).</summary>
    public double ChangeRate { get; set; } = 0.02;
}
