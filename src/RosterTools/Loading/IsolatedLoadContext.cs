using System;
using System.IO;
using System.Reflection;

namespace RosterTools.Loading;

/// <summary>
/// A private System.Runtime.Loader.AssemblyLoadContext, reached through reflection: this assembly targets
/// netstandard2.0, which does not have the type, but every .NET Core 3.0+ runtime does (in its core library).
/// </summary>
internal sealed class IsolatedLoadContext
{
    private readonly object _context;
    private readonly MethodInfo _loadFromAssemblyPath;

    private IsolatedLoadContext(object context, MethodInfo loadFromAssemblyPath)
    {
        _context = context;
        _loadFromAssemblyPath = loadFromAssemblyPath;
    }

    /// <summary>A new non-collectible context named <paramref name="name"/>, or null on .NET Framework.</summary>
    internal static IsolatedLoadContext? TryCreate(string name)
    {
        var type = typeof(object).Assembly.GetType("System.Runtime.Loader.AssemblyLoadContext");
        var constructor = type?.GetConstructor(new[] { typeof(string), typeof(bool) });
        var load = type?.GetMethod("LoadFromAssemblyPath", new[] { typeof(string) });
        if (constructor is null || load is null)
        {
            return null;
        }

        return new IsolatedLoadContext(constructor.Invoke(new object[] { name, false }), load);
    }

    /// <summary>Loads the assembly at <paramref name="path"/> into this context.</summary>
    internal Assembly LoadFromAssemblyPath(string path)
    {
        try
        {
            return (Assembly)_loadFromAssemblyPath.Invoke(_context, new object[] { path });
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new FileLoadException($"RosterTools could not load '{path}': {e.InnerException.Message}", path, e.InnerException);
        }
    }
}
