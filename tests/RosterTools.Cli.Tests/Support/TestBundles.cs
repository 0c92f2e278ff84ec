using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace RosterTools.Tests.Cli.Support;

/// <summary>Small bundles and zips written into a temp folder, for what the conformance bundles do not show.</summary>
internal static class TestBundles
{
    public const string AdaPassword = "S3cret-Ada!";
    public const string JosePassword = "S3cret-Jose!";

    private const string Users12Header = "sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,preferredGivenName,preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns";

    /// <summary>
    /// The files of a valid 1.2 bulk bundle: a district with one school, a school year with a term, a course with a
    /// class, a teacher and a student, both with passwords.
    /// </summary>
    public static Dictionary<string, string[]> Valid12() => new(StringComparer.Ordinal)
    {
        ["manifest.csv"] = new[] { "propertyName,value", "manifest.version,1.0", "oneroster.version,1.2" }
            .Concat(new[] { "academicSessions", "categories", "classes", "classResources", "courses", "courseResources", "demographics", "enrollments", "lineItems", "lineItemLearningObjectiveIds", "lineItemScoreScales", "orgs", "resources", "results", "resultLearningObjectiveIds", "resultScoreScales", "roles", "scoreScales", "userProfiles", "userResources", "users" }
                .Select(file => $"file.{file}," + (new[] { "academicSessions", "classes", "courses", "enrollments", "orgs", "roles", "users" }.Contains(file) ? "bulk" : "absent")))
            .Concat(new[] { "source.systemName,RosterTools tests", "source.systemCode,tests" })
            .ToArray(),
        ["orgs.csv"] = new[] { "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId", "d1,,,Riverside District,district,,", "s1,,,Riverside High,school,RHS,d1" },
        ["academicSessions.csv"] = new[] { "sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear", "y27,,,2026-27,schoolYear,2026-08-24,2027-06-12,,2027", "t1,,,Fall 2026,term,2026-08-24,2027-01-15,y27,2027" },
        ["courses.csv"] = new[] { "sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,orgSourcedId,subjects,subjectCodes", "c1,,,y27,Algebra I,ALG1,09,s1,Mathematics,MATH" },
        ["classes.csv"] = new[] { "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods", "k1,,,Algebra I - P1,09,c1,ALG1-1,scheduled,Room 12,s1,t1,Mathematics,MATH,1" },
        ["users.csv"] = new[]
        {
            Users12Header,
            $"u1,,,true,ada.lovelace,{{LDAP:alovelace}},Ada,Lovelace,,T1001,ada@riverside.example,,,,,{AdaPassword},,,,,s1,",
            $"u2,,,true,jose.nunez,{{SIS:2000001}},José,Núñez,,2000001,jose@riverside.example,,,,09,{JosePassword},,Pepe,,,s1,he/him",
        },
        ["roles.csv"] = new[] { "sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,userProfileSourcedId", "r1,,,u1,primary,teacher,,,s1,", "r2,,,u2,primary,student,,,s1," },
        ["enrollments.csv"] = new[] { "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate", "e1,,,k1,s1,u1,teacher,true,,", "e2,,,k1,s1,u2,student,false,," },
    };

    /// <summary>Writes the files into a new folder <paramref name="name"/> of <paramref name="temp"/>.</summary>
    public static string WriteFolder(TempFolder temp, string name, IReadOnlyDictionary<string, string[]> files)
    {
        var folder = temp.Combine(name);
        Directory.CreateDirectory(folder);
        foreach (var file in files)
        {
            File.WriteAllText(Path.Combine(folder, file.Key), string.Join("\r\n", file.Value) + "\r\n", new UTF8Encoding(false));
        }

        return folder;
    }

    /// <summary>Writes the files as a zip; <paramref name="entryName"/> may rename them (to a path with '..', say).</summary>
    public static string WriteZip(TempFolder temp, string name, IReadOnlyDictionary<string, string[]> files, Func<string, string>? entryName = null)
    {
        var path = temp.Combine(name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var file in files)
        {
            var entry = zip.CreateEntry((entryName ?? (n => n))(file.Key), CompressionLevel.Optimal);
            using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
            writer.Write(string.Join("\r\n", file.Value) + "\r\n");
        }

        return path;
    }

    /// <summary>
    /// Changes the uncompressed size that a zip's local and central headers declare for one entry (the zip stays
    /// readable): a zip bomb declares gigabytes for a few bytes of deflate, a sneakier one declares less than it holds.
    /// </summary>
    public static void DeclareUncompressedSize(string zipPath, string entryName, uint size)
    {
        var bytes = File.ReadAllBytes(zipPath);
        var name = Encoding.UTF8.GetBytes(entryName);
        var patched = 0;
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BitConverter.ToUInt32(bytes, i);
            if (signature == 0x04034b50 && Matches(bytes, i + 30, BitConverter.ToUInt16(bytes, i + 26), name))
            {
                BitConverter.GetBytes(size).CopyTo(bytes, i + 22);
                patched++;
            }
            else if (signature == 0x02014b50 && Matches(bytes, i + 46, BitConverter.ToUInt16(bytes, i + 28), name))
            {
                BitConverter.GetBytes(size).CopyTo(bytes, i + 24);
                patched++;
            }
        }

        if (patched != 2)
        {
            throw new InvalidOperationException($"Expected a local and a central header for {entryName}, patched {patched}.");
        }

        File.WriteAllBytes(zipPath, bytes);
    }

    private static bool Matches(byte[] bytes, int offset, int length, byte[] name) =>
        length == name.Length && offset + length <= bytes.Length && bytes.AsSpan(offset, length).SequenceEqual(name);
}
