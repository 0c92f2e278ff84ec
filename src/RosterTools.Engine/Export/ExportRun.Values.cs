using System;
using System.Collections.Generic;
using System.Linq;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Schema;
using RosterTools.Profiles;
using RosterTools.Validation;

namespace RosterTools.Export;

/// <summary>
/// The values written in place of a record's own: status and dateLastModified of bulk and delta rows, columns a
/// profile leaves out (blank), 1.1 users.csv orgSourcedIds and role from the role records, 1.2 values a 1.1 file
/// spells differently (and back), and references to records outside a profile's scope.
/// </summary>
internal sealed partial class ExportRun
{
    private User? _legacyUser;
    private (string Orgs, string Role) _legacyColumns;

    /// <summary>The override of each column that needs one, or null when no column does.</summary>
    private Func<T, FieldSpec<T>, string?>? ValueOf<T>(OneRosterEntity entity, EntitySchema<T> schema, FileRule? rule)
        where T : OneRosterRecord
    {
        var overrides = new Dictionary<FieldSpec<T>, Func<T, string?>>();
        var file = entity.FileName();
        foreach (var field in schema.Fields.Where(field => field.Versions.Includes(_version)))
        {
            Func<T, string?>? value = null;
            if (field.Requirement == FieldRequirement.DeltaOnly)
            {
                value = field.Name == "status" ? _ => _rowStatus : _ => _rowDate;
            }
            else if (field is LegacyOrgSourcedIdsField or LegacyRoleField)
            {
                // 1.1 users.csv carries what 1.2 has in roles.csv: a profile that sends roles (or names the columns) sends them.
                var passes = rule is null || rule.Passes(field) || _profile!.Includes(OneRosterEntity.Roles);
                value = !passes ? _ => string.Empty
                    : field is LegacyRoleField ? record => Legacy((User)(object)record).Role
                    : record => Legacy((User)(object)record).Orgs;
            }
            else if (rule is not null && field.Format != FieldFormat.Guid && !rule.Passes(field))
            {
                value = _ => string.Empty;
            }
            else
            {
                value = Conversion(entity, field);
                if (_scoped && field.Target is OneRosterEntity target && field.Format is FieldFormat.GuidReference or FieldFormat.GuidReferenceList)
                {
                    value = InScope(field, target, value, file);
                }
            }

            if (value is not null)
            {
                overrides[field] = value;
            }
        }

        return overrides.Count == 0 ? null : (record, field) => overrides.TryGetValue(field, out var value) ? value(record) : null;
    }

    /// <summary>What a value becomes in the other version: 1.1 administrators in 1.2 roles.csv, 1.1 users' primary org, 1.2 sex values in 1.1.</summary>
    private Func<T, string?>? Conversion<T>(OneRosterEntity entity, FieldSpec<T> field)
        where T : OneRosterRecord
    {
        if (!Converting)
        {
            return null;
        }

        if (_version == OneRosterVersion.V1_2 && entity == OneRosterEntity.Roles && field.Name == "role")
        {
            return record => RoleIn12((RoleAssignment)(object)record);
        }

        if (_version == OneRosterVersion.V1_2 && entity == OneRosterEntity.Users && field.Name == "primaryOrgSourcedId")
        {
            return record => string.IsNullOrEmpty(((User)(object)record).PrimaryOrgSourcedId) ? PrimaryOrg((User)(object)record, _rowRoster.RolesOf(record.SourcedId)) : null;
        }

        if (_version == OneRosterVersion.V1_1 && entity == OneRosterEntity.Demographics && field.Name == "sex")
        {
            return record =>
            {
                var sex = ((Demographics)(object)record).Sex;
                if (sex.Is(Sex.Unspecified))
                {
                    _log.Count(entity.FileName(), FindingCodes.ExportValueConverted, "sex 'unspecified' was written blank: OneRoster 1.1 has only male and female, and a blank sex means not specified.");
                    return string.Empty;
                }

                if (sex.Value is Sex value && !Vocabulary<Sex>.VersionsOf(value).Includes(_version) || sex.Text?.StartsWith("ext:", StringComparison.Ordinal) == true)
                {
                    _log.Count(entity.FileName(), FindingCodes.ExportValueNotInVersion, $"sex '{sex.SpecText}' is not a OneRoster 1.1 value; it was written as it is, and 1.1 readers will report it.");
                }

                return null;
            };
        }

        if (_version == OneRosterVersion.V1_1 && field.Format == FieldFormat.Enumeration && field.Extensible)
        {
            return record =>
            {
                var text = field.FormatValue(record);
                if (text.StartsWith("ext:", StringComparison.Ordinal))
                {
                    _log.Count(entity.FileName(), FindingCodes.ExportValueNotInVersion, $"{field.Name} '{text}': OneRoster 1.1 allows no ext: values; it was written as it is, and 1.1 readers will report it.");
                }

                return null;
            };
        }

        return null;
    }

    /// <summary>A reference to a record the profile's scope leaves out is left out too (a blank value, or the list without it).</summary>
    private Func<T, string?> InScope<T>(FieldSpec<T> field, OneRosterEntity target, Func<T, string?>? inner, string file)
        where T : OneRosterRecord
    {
        var table = _current.Table(target);
        return record =>
        {
            var text = inner?.Invoke(record) ?? field.FormatValue(record);
            if (text.Length == 0)
            {
                return inner is null ? null : text;
            }

            if (field.Format == FieldFormat.GuidReference)
            {
                if (table.Contains(text))
                {
                    return inner is null ? null : text;
                }

                _log.Count(file, FindingCodes.ExportValueDropped, $"{field.Name} pointed at a record outside the profile's scope; it was written blank.");
                return string.Empty;
            }

            var items = text.Split(',');
            var kept = items.Where(table.Contains).ToArray();
            if (kept.Length == items.Length)
            {
                return inner is null ? null : text;
            }

            _log.Count(file, FindingCodes.ExportValueDropped, $"{field.Name} listed records outside the profile's scope; they were left out of the list.");
            return string.Join(",", kept);
        };
    }

    /// <summary>A 1.1 users.csv row's orgSourcedIds (the primary org first) and role (the primary role's), from the user's role records.</summary>
    private (string Orgs, string Role) Legacy(User user)
    {
        if (ReferenceEquals(user, _legacyUser))
        {
            return _legacyColumns;
        }

        var roles = _rowRoster.RolesOf(user.SourcedId);
        var orgs = new List<string>();
        var primary = PrimaryOrg(user, roles);
        if (!string.IsNullOrEmpty(primary))
        {
            orgs.Add(primary!);
        }

        foreach (var role in roles)
        {
            if (!string.IsNullOrEmpty(role.OrgSourcedId) && !orgs.Contains(role.OrgSourcedId!))
            {
                orgs.Add(role.OrgSourcedId!);
            }
        }

        var main = roles.FirstOrDefault(role => role.IsPrimary) ?? roles.FirstOrDefault();
        if (roles.Select(role => role.Role.SpecText).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            _log.Count(OneRosterEntity.Users.FileName(), FindingCodes.ExportValueDropped, "the user holds different roles in different orgs; a 1.1 users.csv row has one role, so the primary role's was written.");
        }

        _legacyUser = user;
        _legacyColumns = (string.Join(",", orgs), main is null ? string.Empty : RoleIn11(main.Role));
        return _legacyColumns;
    }

    /// <summary>The user's primary org: primaryOrgSourcedId, else the org of the primary role, else of the first role.</summary>
    private static string? PrimaryOrg(User user, IReadOnlyList<RoleAssignment> roles) =>
        !string.IsNullOrEmpty(user.PrimaryOrgSourcedId) ? user.PrimaryOrgSourcedId
        : (roles.FirstOrDefault(role => role.IsPrimary) ?? roles.FirstOrDefault())?.OrgSourcedId;

    /// <summary>A role as 1.1 spells it: principals, counselors and the 1.2 administrators are 1.1 administrators.</summary>
    private string RoleIn11(SpecEnum<UserRole> role)
    {
        if (role.Value is UserRole value && !Vocabulary<UserRole>.VersionsOf(value).Includes(OneRosterVersion.V1_1))
        {
            _log.Count(OneRosterEntity.Users.FileName(), FindingCodes.ExportValueConverted, $"role '{role.SpecText}' was written as 'administrator': OneRoster 1.1 has no {role.SpecText}.");
            return Vocabulary<UserRole>.Name(UserRole.Administrator);
        }

        if (role.Text?.StartsWith("ext:", StringComparison.Ordinal) == true)
        {
            _log.Count(OneRosterEntity.Users.FileName(), FindingCodes.ExportValueNotInVersion, $"role '{role.Text}': OneRoster 1.1 allows no ext: values; it was written as it is, and 1.1 readers will report it.");
        }

        return role.SpecText ?? string.Empty;
    }

    /// <summary>A 1.1 administrator as 1.2 roles.csv spells it: a district administrator in a district (or other non-school org), a site administrator in a school.</summary>
    private string? RoleIn12(RoleAssignment role)
    {
        if (!role.Role.Is(UserRole.Administrator))
        {
            return null;
        }

        var school = _rowRoster.Orgs.Find(role.OrgSourcedId)?.IsSchool == true;
        var mapped = school ? UserRole.SiteAdministrator : UserRole.DistrictAdministrator;
        _log.Count(OneRosterEntity.Roles.FileName(), FindingCodes.ExportValueConverted, $"role 'administrator' (1.1) was written as '{Vocabulary<UserRole>.Name(mapped)}', by the type of the org it is held in: OneRoster 1.2 has no plain administrator.");
        return Vocabulary<UserRole>.Name(mapped);
    }

    /// <summary>Counts the values of the written records that the target version has no column for (1.2 users' preferred names going to 1.1...).</summary>
    private void CountVersionLosses<T>(OneRosterEntity entity, EntitySchema<T> schema, List<T> records)
        where T : OneRosterRecord
    {
        if (!Converting || _version != OneRosterVersion.V1_1)
        {
            return;
        }

        foreach (var field in schema.Fields.Where(field => !field.Versions.Includes(_version)))
        {
            var count = records.Count(record => !field.IsBlank(record));
            _log.Count(entity.FileName(), FindingCodes.ExportValueDropped, $"{field.Name} was left out: OneRoster 1.1 has no such column.", count);
        }

        if (entity == OneRosterEntity.Users)
        {
            var roles = _current.Roles;
            _log.Count(OneRosterEntity.Roles.FileName(), FindingCodes.ExportValueDropped, "the role's beginDate, endDate or userProfileSourcedId was left out: a 1.1 users.csv row carries only orgs and a role.", roles.Count(r => r.BeginDate is not null || r.EndDate is not null || !string.IsNullOrEmpty(r.UserProfileSourcedId)));
        }
    }
}
