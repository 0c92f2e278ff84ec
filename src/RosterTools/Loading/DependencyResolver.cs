using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace RosterTools.Loading;

/// <summary>
/// Answers <see cref="AppDomain.AssemblyResolve"/> for the assemblies in this module's Dependencies folder, and for
/// nothing else: a request is served only when the assembly ships in the folder (in the same or a newer version)
/// and the request comes from RosterTools.dll, from an assembly in the folder, or from an unknown requester.
/// Every other request gets null, so other modules' handlers and the host's own probing decide those.
/// </summary>
/// <remarks>
/// On PowerShell 7.4+ (.NET 8+) the folder is <c>Dependencies/net8.0</c> and its assemblies go into a private
/// AssemblyLoadContext. RosterTools.dll lives in the default context; its references to the engine fail there
/// (the engine is not beside it) and reach this handler, which returns the engine from the private context.
/// A plain AssemblyLoadContext looks in its own cache first and then falls back to the default context, where
/// another module may have loaded, say, its own CsvHelper; so the first served request loads every assembly of the
/// folder into the private context at once, and the engine's references then bind to those copies.
/// On Windows PowerShell 5.1 (.NET Framework) the folder is <c>Dependencies/netstandard2.0</c> and requests are
/// served with Assembly.LoadFrom; .NET Framework keeps different versions of strong-named assemblies apart, and
/// serving newer versions by simple name stands in for the binding redirects a module cannot have
/// (System.Memory asks for System.Runtime.CompilerServices.Unsafe 4.0.4.1; 6.0.0.0 ships).
/// </remarks>
internal sealed class DependencyResolver
{
    /// <summary>The name of the private load context, as diagnostics show it.</summary>
    internal const string LoadContextName = "RosterTools";

    private static readonly object Gate = new();
    private static DependencyResolver? s_current;

    private readonly Assembly _self;
    private readonly IsolatedLoadContext? _context;
    private readonly Dictionary<string, (string Path, Version Version)> _files = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Assembly> _loaded = new(StringComparer.OrdinalIgnoreCase);

    internal DependencyResolver(Assembly self, string folder, IsolatedLoadContext? context)
    {
        _self = self;
        _context = context;
        Folder = Path.GetFullPath(folder);
        foreach (var file in Directory.GetFiles(Folder, "*.dll"))
        {
            AssemblyName name;
            try
            {
                name = AssemblyName.GetAssemblyName(file);
            }
            catch (BadImageFormatException)
            {
                continue; // A native library: not ours to serve.
            }

            _files[name.Name!] = (file, name.Version ?? new Version(0, 0));
        }
    }

    /// <summary>The Dependencies folder this resolver serves.</summary>
    internal string Folder { get; }

    /// <summary>Whether assemblies go into a private load context (PowerShell 7) rather than LoadFrom (Windows PowerShell).</summary>
    internal bool IsIsolated => _context is not null;

    /// <summary>Starts serving requests (idempotent: a second import does not add a second handler).</summary>
    internal static void Register()
    {
        lock (Gate)
        {
            s_current ??= ForCurrentRuntime(typeof(DependencyResolver).Assembly);
            AppDomain.CurrentDomain.AssemblyResolve -= s_current.Resolve;
            AppDomain.CurrentDomain.AssemblyResolve += s_current.Resolve;
        }
    }

    /// <summary>Stops serving requests.</summary>
    internal static void Unregister()
    {
        lock (Gate)
        {
            if (s_current is not null)
            {
                AppDomain.CurrentDomain.AssemblyResolve -= s_current.Resolve;
            }
        }
    }

    /// <summary>The resolver for the runtime we are in, serving the Dependencies folder beside <paramref name="self"/>.</summary>
    internal static DependencyResolver ForCurrentRuntime(Assembly self)
    {
        var moduleFolder = Path.GetDirectoryName(self.Location) ?? throw new InvalidOperationException("RosterTools.dll must be loaded from a file.");
        var context = IsolatedLoadContext.TryCreate(LoadContextName);
        string framework;
        if (context is null)
        {
            framework = "netstandard2.0";
        }
        else if (Environment.Version.Major >= 8)
        {
            framework = "net8.0";
        }
        else
        {
            throw new PlatformNotSupportedException(
                $"RosterTools needs PowerShell 7.4 or later (on .NET 8 or later), or Windows PowerShell 5.1; this is .NET {Environment.Version}. Install a current PowerShell 7 from https://aka.ms/powershell.");
        }

        var folder = Path.Combine(Path.Combine(moduleFolder, "Dependencies"), framework);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException(
                $"The RosterTools module folder is incomplete: '{folder}' is missing. Reinstall the module, or rebuild it with 'dotnet build' (or ./build.ps1) in the repository.");
        }

        return new DependencyResolver(self, folder, context);
    }

    /// <summary>The AssemblyResolve handler.</summary>
    internal Assembly? Resolve(object? sender, ResolveEventArgs args)
    {
        AssemblyName requested;
        try
        {
            requested = new AssemblyName(args.Name);
        }
        catch (Exception e) when (e is ArgumentException || e is FileLoadException)
        {
            return null;
        }

        return Serves(requested, args.RequestingAssembly) ? Load(requested.Name!) : null;
    }

    /// <summary>Whether a request for <paramref name="requested"/> made by <paramref name="requester"/> is ours to answer.</summary>
    internal bool Serves(AssemblyName requested, Assembly? requester)
    {
        if (requested.Name is null || !_files.TryGetValue(requested.Name, out var file))
        {
            return false;
        }

        if (requested.Version is not null && file.Version < requested.Version)
        {
            return false; // Never hand out an older version than was asked for.
        }

        return requester is null || requester == _self || IsInFolder(requester);
    }

    private bool IsInFolder(Assembly assembly)
    {
        if (assembly.IsDynamic)
        {
            return false;
        }

        string location;
        try
        {
            location = assembly.Location;
        }
        catch (NotSupportedException)
        {
            return false;
        }

        return !string.IsNullOrEmpty(location)
            && string.Equals(Path.GetDirectoryName(location), Folder, StringComparison.OrdinalIgnoreCase);
    }

    private Assembly Load(string name)
    {
        lock (_loaded)
        {
            if (_loaded.TryGetValue(name, out var loaded))
            {
                return loaded;
            }

            if (_context is null)
            {
                // .NET Framework: LoadFrom returns the assembly already loaded from the same path.
                return _loaded[name] = Assembly.LoadFrom(_files[name].Path);
            }

            // Load the whole folder, so that the engine's references find these copies in the private context's cache
            // before the context falls back to the default one.
            foreach (var entry in _files)
            {
                if (!_loaded.ContainsKey(entry.Key))
                {
                    _loaded[entry.Key] = _context.LoadFromAssemblyPath(entry.Value.Path);
                }
            }

            return _loaded[name];
        }
    }
}
