#Requires -Version 5.1
# Compare-Roster: changes between two rosters or bundles, person-level changes, filters, snapshots.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $Monday = Join-Path $TestDrive 'monday'
    $Tuesday = Join-Path $TestDrive 'tuesday'
    $null = New-OneRosterSample -Path $Monday -Students 400 -Seed 3
    $Night = New-OneRosterSample -Path $Tuesday -Students 400 -Seed 3 -NextNight 4 -ChangeRate 0.1
    $Before = Import-OneRoster -Path $Monday -WarningAction SilentlyContinue
    $After = Import-OneRoster -Path $Tuesday -WarningAction SilentlyContinue
}

Describe 'Compare-Roster' {
    It 'outputs RosterChange objects for the changes the generator made' {
        $changes = @(Compare-Roster -Reference $Before -Difference $After)
        $changes.Count | Should -BeGreaterThan 0
        $changes[0] | Get-TypeName | Should -Be 'RosterTools.Compare.RosterChange'
        $modified = @($changes | Where-Object { $_.Change.ToString() -eq 'Modified' } | ForEach-Object { $_.ToString() } | Sort-Object)
        $expected = @($Night.Changes | Where-Object { $_.Change.ToString() -eq 'Modified' } | ForEach-Object { $_.ToString() } | Sort-Object)
        $modified.Count | Should -Be $expected.Count
        $modified -join "`n" | Should -Be ($expected -join "`n")
    }

    It 'reads bundle paths, relative to the current location' {
        Push-Location $TestDrive
        try {
            $changes = @(Compare-Roster 'monday' 'tuesday' -Entity Users -WarningAction SilentlyContinue)
        }
        finally {
            Pop-Location
        }

        $changes.Count | Should -BeGreaterThan 0
        ($changes | ForEach-Object Entity | Sort-Object -Unique) | Should -Be 'users'
    }

    It 'gives a roster compared with itself no changes' {
        @(Compare-Roster $Before $Before).Count | Should -Be 0
    }

    It 'restricts to person-level changes with -Entity Persons and to properties with -Property' {
        $persons = @(Compare-Roster $Before $After -Entity Persons)
        $persons.Count | Should -BeGreaterThan 0
        ($persons | ForEach-Object Entity | Sort-Object -Unique) | Should -Be 'persons'
        $names = @(Compare-Roster $Before $After -Entity Users -Property '*Name')
        foreach ($change in $names | Where-Object { $_.Change.ToString() -eq 'Modified' }) {
            $change.Properties | ForEach-Object Name | Should -Match 'Name$'
        }
    }

    It 'takes the difference from the pipeline' {
        $piped = @($After | Compare-Roster -Reference $Before -Entity Orgs, Users)
        $piped.Count | Should -BeGreaterThan 0
    }

    It 'refuses an unknown -Entity' {
        { Compare-Roster $Before $After -Entity People } | Should -Throw
    }

    It 'compares with the latest snapshot of a store' {
        $store = Join-Path $TestDrive 'snapshots'
        $null = $Before | Export-OneRoster -SnapshotStore $store
        $fromStore = @(Compare-Roster -SnapshotStore $store -Difference $After -Entity Users)
        $direct = @(Compare-Roster $Before $After -Entity Users)
        $fromStore.Count | Should -Be $direct.Count
    }

    It 'writes RosterSnapshotStoreEmpty for a store without snapshots' {
        $empty = Join-Path $TestDrive 'empty-store'
        $output = Compare-Roster -SnapshotStore $empty -Difference $After -ErrorVariable problems -ErrorAction SilentlyContinue
        $output | Should -BeNullOrEmpty
        $problems[0].FullyQualifiedErrorId | Should -Be 'RosterSnapshotStoreEmpty,RosterTools.Commands.CompareRosterCommand'
    }

    It 'does not offer -WhatIf: it only reads' {
        (Get-Command Compare-Roster).Parameters.ContainsKey('WhatIf') | Should -BeFalse
    }
}
