#Requires -Version 5.1
# Merge-Roster: a delta onto a base gives the target; -WhatIf; -Strict; snapshots.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $Monday = Join-Path $TestDrive 'monday'
    $Tuesday = Join-Path $TestDrive 'tuesday'
    $Delta = Join-Path $TestDrive 'delta.zip'
    $null = New-OneRosterSample -Path $Monday -Students 300 -Seed 5
    $null = New-OneRosterSample -Path $Tuesday -Students 300 -Seed 5 -NextNight 6 -ChangeRate 0.1
    $Before = Import-OneRoster -Path $Monday -WarningAction SilentlyContinue
    $After = Import-OneRoster -Path $Tuesday -WarningAction SilentlyContinue
    $null = Export-OneRoster -InputObject $After -Since $Before -Path $Delta
}

Describe 'Merge-Roster' {
    It 'merges a delta onto its base and gives the target roster' {
        $merged = Merge-Roster -Base $Before -Delta $Delta -WarningAction SilentlyContinue
        $merged | Get-TypeName | Should -Be 'RosterTools.OneRoster.Roster'
        $merged.ErrorCount | Should -Be 0
        @(Compare-Roster $After $merged).Count | Should -Be 0
    }

    It 'takes the delta from the pipeline and bundle paths for both' {
        $merged = Import-OneRoster -Path $Delta -WarningAction SilentlyContinue | Merge-Roster -Base $Monday -WarningAction SilentlyContinue
        $merged.Users.Count | Should -Be $After.Users.Count
    }

    It 'writes what happened to each collection to the verbose stream' {
        $verbose = Merge-Roster $Before $Delta -Verbose -WarningAction SilentlyContinue 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        ($verbose | ForEach-Object Message) -join "`n" | Should -Match 'users \(delta\)'
    }

    It 'merges nothing with -WhatIf' {
        Merge-Roster $Before $Delta -WhatIf | Should -BeNullOrEmpty
    }

    It 'applies a delta to the latest snapshot' {
        $store = Join-Path $TestDrive 'snapshots'
        $null = Export-OneRoster -InputObject $Before -SnapshotStore $store
        $merged = Merge-Roster -SnapshotStore $store -Delta $Delta -WarningAction SilentlyContinue
        @(Compare-Roster $After $merged).Count | Should -Be 0
    }

    It 'refuses rosters of different versions' {
        $old = Join-Path $TestDrive 'v11'
        $null = Export-OneRoster -InputObject $Before -Path $old -Version 1.1 -WarningAction SilentlyContinue
        $output = Merge-Roster -Base $old -Delta $Delta -ErrorVariable problems -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        $output | Should -BeNullOrEmpty
        $problems[0].FullyQualifiedErrorId | Should -Be 'RosterMergeRefused,RosterTools.Commands.MergeRosterCommand'
    }

    It 'supports -WhatIf and -Confirm' {
        $parameters = (Get-Command Merge-Roster).Parameters
        $parameters.ContainsKey('WhatIf') | Should -BeTrue
        $parameters.ContainsKey('Confirm') | Should -BeTrue
    }
}
