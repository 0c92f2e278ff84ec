using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using RosterTools.Policy.Loading;

namespace RosterTools.Policy;

/// <summary>
/// Reads a district's YAML policy file into a <see cref="RosterPolicy"/>, checking everything: unknown keys (with a
/// did-you-mean), wrong types, values outside their vocabulary or range, malformed templates, placeholders a field
/// does not have, unknown roles and grades. All problems are collected and thrown together in one
/// <see cref="PolicyException"/>, each with its line and column. Sections and keys left out keep the model's
/// defaults; an entry of <c>naming</c> or <c>passwords</c> takes what it leaves out from that section's
/// <c>default</c> entry, and both sections get a <c>default</c> entry with the model's defaults when they have none.
/// The format is described in docs/policy.md and schemas/rostertools-policy.schema.json.
/// </summary>
public static class PolicyLoader
{
    /// <summary>Reads the policy file at <paramref name="path"/> (UTF-8).</summary>
    /// <exception cref="PolicyException">The policy has problems; all of them are listed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static RosterPolicy Load(string path) => Parse(File.ReadAllText(path, Encoding.UTF8), path);

    /// <summary>Reads a policy from its YAML text; <paramref name="source"/> names it in problems (a file name).</summary>
    /// <exception cref="PolicyException">The policy has problems; all of them are listed.</exception>
    public static RosterPolicy Parse(string yaml, string source)
    {
        if (yaml is null)
        {
            throw new ArgumentNullException(nameof(yaml));
        }

        var text = yaml.Length > 0 && yaml[0] == '\uFEFF' ? yaml.Substring(1) : yaml;
        var reader = new PolicyReader(source, text);
        var policy = new RosterPolicy { Hash = Hash(text) };
        var root = YamlTree.Read(reader, text);
        if (root is null || root is PolicyScalar { IsNull: true })
        {
            if (reader.Problems.Count == 0)
            {
                reader.Problem(1, 1, "the policy file is empty; a policy has at least a name and a naming section (see docs/policy.md)");
            }
        }
        else if (root is not PolicyMap)
        {
            reader.Problem(root, "a policy is a mapping of sections (name, scope, identity, naming, placement, groups...), found " + root.Kind);
        }
        else
        {
            PolicySections.Root.Read(reader, root, policy);
        }

        if (reader.Problems.Count > 0)
        {
            throw new PolicyException(source, reader.Problems);
        }

        if (!policy.Naming.ContainsKey(RosterPolicy.DefaultRole))
        {
            policy.Naming[RosterPolicy.DefaultRole] = new NamingRule();
        }

        if (!policy.Passwords.ContainsKey(RosterPolicy.DefaultRole))
        {
            policy.Passwords[RosterPolicy.DefaultRole] = new PasswordRule();
        }

        return policy;
    }

    /// <summary>The SHA-256 of the policy text (UTF-8), in lower-case hex.</summary>
    private static string Hash(string text)
    {
        using var sha = SHA256.Create();
        var digest = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        var hex = new StringBuilder(digest.Length * 2);
        foreach (var b in digest)
        {
            hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}
