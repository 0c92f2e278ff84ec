using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsvHelper;
using RosterTools.OneRoster.Csv;

namespace RosterTools.Targets;

/// <summary>
/// Directory accounts in a CSV file, one account a row, with the column names Get-ADUser and Get-MgUser use
/// (SamAccountName, UserPrincipalName, Mail, GivenName, Surname, DisplayName, Enabled, DistinguishedName, the
/// anchor attribute such as EmployeeID, MemberOf...). Lists (MemberOf, Licenses) are separated by semicolons.
/// </summary>
public static class DirectoryCsv
{
    /// <summary>Reads the accounts of a CSV file.</summary>
    /// <exception cref="DirectoryReadException">The file is missing, or a row cannot be read (the exception names line and column).</exception>
    public static DirectorySnapshot Read(string path, string anchorAttribute)
    {
        if (!File.Exists(path))
        {
            throw new DirectoryReadException(path, $"The directory file '{path}' does not exist.");
        }

        var accounts = new List<DirectoryAccount>();
        using var reader = CsvReader.Create(File.OpenRead(path), CsvOptions.ForReading(null), leaveOpen: false);
        reader.ReadHeader();
        var header = reader.Headers;
        if (!header.Any(name => name.Equals("SamAccountName", StringComparison.OrdinalIgnoreCase) || name.Equals("Username", StringComparison.OrdinalIgnoreCase) || name.Equals("UserPrincipalName", StringComparison.OrdinalIgnoreCase)))
        {
            throw new DirectoryReadException(path, $"'{path}' has no SamAccountName, Username or UserPrincipalName column; its header is '{string.Join(",", header)}'.", 1);
        }

        while (reader.Read())
        {
            var row = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Count && i < reader.FieldCount; i++)
            {
                row[header[i]] = reader.GetString(i);
            }

            try
            {
                accounts.Add(AccountProperties.ToAccount(row, anchorAttribute));
            }
            catch (FormatException ex)
            {
                throw new DirectoryReadException(path, $"{path}:{reader.LineNumber}: {ex.Message}", (int)reader.LineNumber, null, ex);
            }
        }

        return new DirectorySnapshot(accounts, source: path);
    }

    /// <summary>Writes accounts as a CSV file that <see cref="Read"/> reads back.</summary>
    public static void Write(Stream stream, IEnumerable<DirectoryAccount> accounts, string anchorAttribute)
    {
        using var writer = CsvWriter.Create(stream, CsvOptions.ForWriting("\n"), leaveOpen: true);
        writer.WriteHeader(new[] { "Id", anchorAttribute, "SamAccountName", "UserPrincipalName", "Mail", "GivenName", "Surname", "DisplayName", "Enabled", "Container", "DistinguishedName", "MemberOf", "Licenses" });
        foreach (var account in accounts)
        {
            writer.WriteRecord(new[]
            {
                account.Id ?? string.Empty,
                account.Anchor ?? string.Empty,
                account.Username ?? string.Empty,
                account.UserPrincipalName ?? string.Empty,
                account.Email ?? string.Empty,
                account.GivenName ?? string.Empty,
                account.Surname ?? string.Empty,
                account.DisplayName ?? string.Empty,
                account.Enabled ? "true" : "false",
                account.Container ?? string.Empty,
                account.DistinguishedName ?? string.Empty,
                string.Join(";", account.Groups),
                string.Join(";", account.Licenses),
            });
        }
    }
}
