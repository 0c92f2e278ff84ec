using System;
using System.Collections.Generic;

namespace RosterTools.Testing.Loopback.Graph;

/// <summary>How the Graph fake answers: latency, how many requests it works on at once, page size, faults.</summary>
public sealed class GraphFakeOptions
{
    /// <summary>The bearer token the fake accepts (any other gets 401).</summary>
    public string AccessToken { get; set; } = "graph-fake-token";

    /// <summary>Added to every HTTP request (a $batch counts once) before it is answered.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>The most HTTP requests worked on at once; more wait their turn. 0: no limit.</summary>
    public int ConcurrencyLimit { get; set; }

    /// <summary>The most items a page holds, whatever $top asks.</summary>
    public int MaxPageSize { get; set; } = 999;

    /// <summary>The subscribed SKUs (part numbers); their ids are made from the names.</summary>
    public List<string> Skus { get; } = new() { "STUDENT_A1", "FACULTY_A1" };

    /// <summary>Random faults: the share of requests they strike, and which kinds.</summary>
    public GraphFaultPlan? RandomFaults { get; set; }

    /// <summary>Faults for requests that match, in order, each a number of times.</summary>
    public List<GraphFault> Faults { get; } = new();
}
