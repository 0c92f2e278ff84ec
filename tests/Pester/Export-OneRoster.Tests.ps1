#Requires -Version 5.1
# Export-OneRoster: round trip, versions, deltas, profiles, snapshots, -WhatIf and -Force.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $Source = Join-Path $TestDrive 'district'
    $null = New-OneRosterSample -Path $Source -Students 600 -Seed 8
    $Roster = Import-OneRoster -Path $Source -WarningAction SilentlyContinue
    $Profiles = Join-Path (Join-Path $RepoRoot 'examples') 'profiles'
}

Describe 'Export-OneRoster' {
    It 'writes a bundle that imports as the same roster, to a folder and to a zip' {
        foreach ($name in @('copy', 'copy.zip')) {
            $target = Join-Path $TestDrive $name
            $result = $Roster | Export-OneRoster -Path $target
            $result | Get-TypeName | Should -Be 'RosterTools.Export.ExportResult'
            $result.Path | Should -Be $target
            $again = Import-OneRoster -LiteralPath $target -WarningAction SilentlyContinue
            @(Compare-Roster $Roster $again).Count | Should -Be 0
        }
    }

    It 'converts to OneRoster 1.1 and says what it converted' {
        $target = Join-Path $TestDrive 'v11'
        $result = Export-OneRoster -InputObject $Roster -Path $target -Version 1.1 -WarningVariable told -WarningAction SilentlyContinue
        $result.Version.ToString() | Should -Be 'V1_1'
        Join-Path $target 'roles.csv' | Should -Not -Exist
        ($told | ForEach-Object { $_.Message }) -join "`n" | Should -Match 'administrator'
        (Import-OneRoster -Path $target -WarningAction SilentlyContinue).ErrorCount | Should -Be 0
    }

    It 'writes a delta since a reference roster' {
        $tuesday = Join-Path $TestDrive 'tuesday'
        $null = New-OneRosterSample -Path $tuesday -Students 600 -Seed 8 -NextNight 9
        $result = Export-OneRoster -InputObject $tuesday -Since $Roster -Path (Join-Path $TestDrive 'delta') -WarningAction SilentlyContinue
        $result.IsDelta | Should -BeTrue
        $result.Rows | Should -BeLessThan 2000
    }

    It 'applies the example reading-app profile' {
        $target = Join-Path $TestDrive 'reading.zip'
        $result = Export-OneRoster -InputObject $Roster -Path $target -Profile (Join-Path $Profiles 'reading-app-elementary.yaml')
        $result.Profile | Should -Be 'Reading app (elementary)'
        $sent = Import-OneRoster -Path $target -WarningAction SilentlyContinue
        $sent.Demographics.Count | Should -Be 0
        @($sent.Users | Where-Object { $null -ne $_.Password }).Count | Should -Be 0
        @($sent.Roles | ForEach-Object { $_.Role.ToString() } | Sort-Object -Unique) -join ',' | Should -Be 'student,teacher'
    }

    It 'writes RosterProfileInvalid for a profile with a mistake, naming its line' {
        $bad = Join-Path $TestDrive 'bad.yaml'
        Set-Content -LiteralPath $bad -Value "files:`n  users: [sourcedId, emial]"
        $output = Export-OneRoster -InputObject $Roster -Path (Join-Path $TestDrive 'bad') -Profile $bad -ErrorVariable problems -ErrorAction SilentlyContinue
        $output | Should -BeNullOrEmpty
        $problems[0].FullyQualifiedErrorId | Should -Be 'RosterProfileInvalid,RosterTools.Commands.ExportOneRosterCommand'
        $problems[0].Exception.Message | Should -Match 'line 2'
    }

    It 'writes nothing with -WhatIf' {
        $target = Join-Path $TestDrive 'whatif'
        Export-OneRoster -InputObject $Roster -Path $target -WhatIf | Should -BeNullOrEmpty
        $target | Should -Not -Exist
    }

    It 'refuses a folder that has files, unless -Force' {
        $target = Join-Path $TestDrive 'occupied'
        $null = New-Item -ItemType Directory -Path $target
        Set-Content -LiteralPath (Join-Path $target 'keep.txt') -Value 'mine'
        $output = Export-OneRoster -InputObject $Roster -Path $target -ErrorVariable problems -ErrorAction SilentlyContinue
        $output | Should -BeNullOrEmpty
        $problems[0].FullyQualifiedErrorId | Should -Be 'RosterExportDestinationExists,RosterTools.Commands.ExportOneRosterCommand'
        $null = Export-OneRoster -InputObject $Roster -Path $target -Force
        Join-Path $target 'manifest.csv' | Should -Exist
        Join-Path $target 'keep.txt' | Should -Exist
    }

    It 'saves snapshots with retention and outputs a SnapshotInfo' {
        $store = Join-Path $TestDrive 'snapshots'
        $first = $Roster | Export-OneRoster -SnapshotStore $store
        $first | Get-TypeName | Should -Be 'RosterTools.State.Snapshots.SnapshotInfo'
        $first.Name | Should -Match '^roster-\d{8}T\d{6}Z(-\d+)?\.zip$'
        $null = $Roster | Export-OneRoster -SnapshotStore $store -KeepCount 1
        @(Get-ChildItem -LiteralPath $store -Filter 'roster-*.zip').Count | Should -Be 1
        Join-Path $store 'snapshots.json' | Should -Exist
    }

    It 'supports -WhatIf and -Confirm' {
        $parameters = (Get-Command Export-OneRoster).Parameters
        $parameters.ContainsKey('WhatIf') | Should -BeTrue
        $parameters.ContainsKey('Confirm') | Should -BeTrue
    }
}
