using System.Globalization;
using System.Text;

namespace RosterTools.Validation;

/// <summary>
/// One problem found in a roster: where it is (file, line, column, sourcedId), how serious it is, a stable
/// code that scripts can match on, and a message that says what to fix.
/// </summary>
public sealed class Finding
{
    /// <summary>Creates a finding.</summary>
    public Finding(Severity severity, string code, string message, string? file = null, int? line = null, string? column = null, string? sourcedId = null)
    {
        Severity = severity;
        Code = code;
        Message = message;
        File = file;
        Line = line;
        Column = column;
        SourcedId = sourcedId;
    }

    /// <summary>Error or Warning.</summary>
    public Severity Severity { get; }

    /// <summary>A stable code, one of <see cref="FindingCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The file of the bundle, such as <c>users.csv</c>; null when the finding is about the bundle as a whole.</summary>
    public string? File { get; }

    /// <summary>The 1-based physical line on which the record starts (the header is line 1); null when not tied to a line.</summary>
    public int? Line { get; }

    /// <summary>The column (header name) the finding is about, when it is about one.</summary>
    public string? Column { get; }

    /// <summary>The sourcedId of the record the finding is about, when it is about one.</summary>
    public string? SourcedId { get; }

    /// <summary>What is wrong and what to do about it.</summary>
    public string Message { get; }

    /// <summary>A copy of this finding with the sourcedId set (records name their sourcedId only once the whole row is read).</summary>
    public Finding WithSourcedId(string? sourcedId) =>
        sourcedId == SourcedId ? this : new Finding(Severity, Code, Message, File, Line, Column, sourcedId);

    /// <summary>The finding as one line: <c>users.csv:12 [givenName] Error RequiredFieldMissing: ...</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (File is not null)
        {
            text.Append(File);
            if (Line is int line)
            {
                text.Append(':').Append(line.ToString(CultureInfo.InvariantCulture));
            }

            text.Append(' ');
        }

        if (Column is not null)
        {
            text.Append('[').Append(Column).Append("] ");
        }

        text.Append(Severity).Append(' ').Append(Code).Append(": ").Append(Message);
        return text.ToString();
    }
}
