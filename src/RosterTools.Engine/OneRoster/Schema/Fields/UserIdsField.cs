using System;
using System.Collections.Generic;
using System.Linq;
using RosterTools.OneRoster.Csv;
using RosterTools.Validation;

namespace RosterTools.OneRoster.Schema;

/// <summary>users.csv userIds: <c>{LDAP:jdoe},{Fed:123}</c>.</summary>
internal sealed class UserIdsField : FieldSpec<User>
{
    public UserIdsField()
        : base("userIds", FieldFormat.UserIds, FieldRequirement.Optional, VersionSet.All)
    {
        LegacyNames = new[] { "userId" };
    }

    public override void Read(User record, FieldCell cell)
    {
        var text = cell.Text();
        var ids = new List<UserId>(1);
        var position = 0;
        while (position < text.Length)
        {
            while (position < text.Length && (text[position] == ',' || char.IsWhiteSpace(text[position])))
            {
                position++;
            }

            if (position == text.Length)
            {
                break;
            }

            if (text[position] == '{')
            {
                var close = text.IndexOf('}', position);
                var colon = close < 0 ? -1 : text.IndexOf(':', position, close - position);
                if (close > 0 && colon > position)
                {
                    ids.Add(new UserId(cell.Row.Interner.Intern(text.Substring(position + 1, colon - position - 1)), text.Substring(colon + 1, close - colon - 1)));
                    position = close + 1;
                    continue;
                }
            }

            // Not {type:identifier}: keep the entry as it is, up to the next comma.
            var end = text.IndexOf(',', position);
            var entry = (end < 0 ? text.Substring(position) : text.Substring(position, end - position)).Trim();
            cell.Report(Severity.Error, FindingCodes.InvalidUserId, $"'{entry}' is not a userIds entry of the form {{type:identifier}} (such as {{LDAP:jdoe}}); it is kept as it is.");
            ids.Add(new UserId(string.Empty, entry));
            position = end < 0 ? text.Length : end + 1;
        }

        record.UserIds = ids.ToArray();
    }

    public override bool IsBlank(User record) => record.UserIds.Count == 0;

    public override object? GetValue(User record) => record.UserIds.Count == 0 ? null : record.UserIds;

    public override string FormatValue(User record) => string.Join(",", record.UserIds.Select(id => id.ToString()));
}
