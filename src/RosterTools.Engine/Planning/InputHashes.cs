using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Schema;
using RosterTools.State;
using RosterTools.Targets;

namespace RosterTools.Planning;

/// <summary>SHA-256 digests of a plan's inputs, so that a plan made from other inputs than today's is known to be stale.</summary>
public static class InputHashes
{
    /// <summary>The digest of a roster's records (every spec field of every collection the planner reads).</summary>
    public static string Of(Roster roster)
    {
        using var hash = new Digest();
        Add(hash, roster.Orgs, Schemas.Orgs);
        Add(hash, roster.AcademicSessions, Schemas.AcademicSessions);
        Add(hash, roster.Courses, Schemas.Courses);
        Add(hash, roster.Classes, Schemas.Classes);
        Add(hash, roster.Users, Schemas.Users);
        Add(hash, roster.Roles, Schemas.Roles);
        Add(hash, roster.Enrollments, Schemas.Enrollments);
        return hash.Finish();
    }

    /// <summary>The digest of a directory snapshot's accounts and groups, in the order given.</summary>
    public static string Of(DirectorySnapshot directory)
    {
        using var hash = new Digest();
        foreach (var account in directory.Accounts)
        {
            hash.Add(account.Id, account.Anchor, account.Username, account.UserPrincipalName, account.Email, account.GivenName, account.Surname, account.DisplayName, account.Enabled ? "1" : "0", account.Container, account.DistinguishedName);
            hash.Add(account.Groups.OrderBy(group => group, StringComparer.OrdinalIgnoreCase).ToArray());
            hash.Add(account.Licenses.OrderBy(license => license, StringComparer.OrdinalIgnoreCase).ToArray());
        }

        foreach (var group in directory.Groups)
        {
            hash.Add(group.Name, group.Id);
        }

        return hash.Finish();
    }

    /// <summary>The digest of a lifecycle state.</summary>
    public static string Of(LifecycleState state)
    {
        using var hash = new Digest();
        foreach (var record in state.Accounts.Values.OrderBy(record => record.Anchor, StringComparer.Ordinal))
        {
            hash.Add(record.Anchor, record.LeavingSince?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), record.LeavingReason, record.DisabledOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), record.HomeContainer);
            if (record.ByHand)
            {
                hash.Add("byHand");
            }
        }

        foreach (var group in state.AddedMembers.OrderBy(group => group.Key, StringComparer.OrdinalIgnoreCase))
        {
            hash.Add(group.Key);
            hash.Add(group.Value.OrderBy(anchor => anchor, StringComparer.Ordinal).ToArray());
        }

        return hash.Finish();
    }

    /// <summary>The digest of several digests.</summary>
    public static string Combine(params string[] digests)
    {
        using var hash = new Digest();
        hash.Add(digests);
        return hash.Finish();
    }

    private static void Add<T>(Digest hash, EntityTable<T> table, EntitySchema<T> schema)
        where T : OneRosterRecord
    {
        hash.Add(schema.Entity.SpecName());
        var fields = schema.Fields;
        var values = new string?[fields.Count];
        foreach (var record in table)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                values[i] = fields[i].FormatValue(record);
            }

            hash.Add(values);
        }
    }

    /// <summary>An incremental SHA-256 over strings, each ended by a separator that cannot be in the text.</summary>
    private sealed class Digest : IDisposable
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private byte[] _buffer = new byte[1024];

        public void Add(params string?[] values)
        {
            foreach (var value in values)
            {
                var text = value ?? "\u0001";
                var needed = Encoding.UTF8.GetMaxByteCount(text.Length) + 1;
                if (_buffer.Length < needed)
                {
                    _buffer = new byte[needed * 2];
                }

                var length = Encoding.UTF8.GetBytes(text, 0, text.Length, _buffer, 0);
                _buffer[length] = 0;
                _hash.AppendData(_buffer, 0, length + 1);
            }
        }

        public string Finish()
        {
            var digest = _hash.GetHashAndReset();
            var text = new StringBuilder(digest.Length * 2);
            foreach (var b in digest)
            {
                text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }

        public void Dispose() => _hash.Dispose();
    }
}
