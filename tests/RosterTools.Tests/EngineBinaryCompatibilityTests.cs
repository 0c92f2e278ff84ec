using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace RosterTools.Tests.Contract;

/// <summary>
/// RosterTools.dll is compiled against the engine's netstandard2.0 build, but PowerShell 7 runs it against the
/// net8.0 build. Every engine type and member it names must exist, public and with the same signature, in both.
/// An init accessor (new ImportOptions { Strict = true }) fails this: its signature names the netstandard2.0
/// build's own IsExternalInit, which the net8.0 build does not have (it uses System.Runtime's); at run time that
/// is a MissingMethodException. So the engine's public option types have plain setters, and the cmdlets must not call init accessors.
/// </summary>
public sealed class EngineBinaryCompatibilityTests
{
    [Theory]
    [InlineData("net8.0")]
    [InlineData("netstandard2.0")]
    public void Engine_types_the_cmdlets_name_are_public_in_the_engine_build(string framework)
    {
        using var cmdlets = new PEReader(File.OpenRead(Repository.CmdletAssembly));
        using var engine = new EngineSurface(framework);
        var reader = cmdlets.GetMetadataReader();
        var missing = reader.TypeReferences
            .Where(handle => IsEngineScoped(reader, handle))
            .Select(handle => SignatureNames.ReferenceName(reader, handle))
            .Where(name => !engine.IsPublicType(name))
            .ToList();
        Assert.True(missing.Count == 0, $"RosterTools.dll names engine types that the {framework} build does not have as public types: {string.Join(", ", missing)}. (System.Runtime.CompilerServices.IsExternalInit means an init accessor was called: give the engine type a plain setter.)");
    }

    [Theory]
    [InlineData("net8.0")]
    [InlineData("netstandard2.0")]
    public void Engine_members_the_cmdlets_use_exist_with_the_same_signature_in_the_engine_build(string framework)
    {
        using var cmdlets = new PEReader(File.OpenRead(Repository.CmdletAssembly));
        using var engine = new EngineSurface(framework);
        var reader = cmdlets.GetMetadataReader();
        var checkedCount = 0;
        var missing = new List<string>();
        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            var owner = OwnerName(reader, member.Parent);
            if (owner is null || !engine.HasType(owner))
            {
                continue;
            }

            var name = reader.GetString(member.Name);
            var signature = member.GetKind() == MemberReferenceKind.Method
                ? SignatureNames.Describe(member.DecodeMethodSignature(SignatureNames.Instance, null))
                : member.DecodeFieldSignature(SignatureNames.Instance, null);
            checkedCount++;
            if (!engine.HasMember(owner, name, signature))
            {
                missing.Add($"{owner}.{name} {signature}");
            }
        }

        Assert.True(checkedCount > 10, "Expected to find the engine members the cmdlets call.");
        Assert.True(missing.Count == 0, $"Not in the {framework} engine build with that signature: {string.Join("; ", missing)}");
    }

    private static bool IsEngineScoped(MetadataReader reader, TypeReferenceHandle handle)
    {
        var scope = reader.GetTypeReference(handle).ResolutionScope;
        while (scope.Kind == HandleKind.TypeReference)
        {
            scope = reader.GetTypeReference((TypeReferenceHandle)scope).ResolutionScope;
        }

        return scope.Kind == HandleKind.AssemblyReference
            && reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name) == "RosterTools.Engine";
    }

    /// <summary>The member's declaring type, by full name (the generic definition for an instantiated generic type).</summary>
    private static string? OwnerName(MetadataReader reader, EntityHandle parent) => parent.Kind switch
    {
        HandleKind.TypeReference when IsEngineScoped(reader, (TypeReferenceHandle)parent) => SignatureNames.ReferenceName(reader, (TypeReferenceHandle)parent),
        HandleKind.TypeSpecification => SignatureNames.TypeName(reader, parent).Split('<')[0],
        _ => null,
    };

    /// <summary>The public surface of one engine build.</summary>
    private sealed class EngineSurface : IDisposable
    {
        private readonly PEReader _pe;
        private readonly MetadataReader _reader;
        private readonly Dictionary<string, TypeDefinitionHandle> _types = new(StringComparer.Ordinal);

        public EngineSurface(string framework)
        {
            _pe = new PEReader(File.OpenRead(Path.Combine(Repository.Dependencies(framework), "RosterTools.Engine.dll")));
            _reader = _pe.GetMetadataReader();
            foreach (var handle in _reader.TypeDefinitions)
            {
                _types[SignatureNames.DefinitionName(_reader, handle)] = handle;
            }
        }

        public bool HasType(string name) => _types.ContainsKey(name);

        public bool IsPublicType(string name)
        {
            if (!_types.TryGetValue(name, out var handle))
            {
                return false;
            }

            for (var type = _reader.GetTypeDefinition(handle); ; type = _reader.GetTypeDefinition(type.GetDeclaringType()))
            {
                var visibility = type.Attributes & TypeAttributes.VisibilityMask;
                if (visibility == TypeAttributes.Public)
                {
                    return true;
                }

                if (visibility != TypeAttributes.NestedPublic)
                {
                    return false;
                }
            }
        }

        public bool HasMember(string owner, string name, string signature)
        {
            for (var current = owner; current is not null && _types.TryGetValue(current, out var handle); current = BaseName(handle))
            {
                var type = _reader.GetTypeDefinition(handle);
                foreach (var method in type.GetMethods().Select(_reader.GetMethodDefinition))
                {
                    if (_reader.GetString(method.Name) == name && (method.Attributes & MethodAttributes.Public) == MethodAttributes.Public
                        && SignatureNames.Describe(method.DecodeSignature(SignatureNames.Instance, null)) == signature)
                    {
                        return true;
                    }
                }

                foreach (var field in type.GetFields().Select(_reader.GetFieldDefinition))
                {
                    if (_reader.GetString(field.Name) == name && field.DecodeSignature(SignatureNames.Instance, null) == signature)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        public void Dispose() => _pe.Dispose();

        private string? BaseName(TypeDefinitionHandle handle)
        {
            var baseType = _reader.GetTypeDefinition(handle).BaseType;
            return baseType.IsNil ? null : SignatureNames.TypeName(_reader, baseType).Split('<')[0];
        }
    }
}
